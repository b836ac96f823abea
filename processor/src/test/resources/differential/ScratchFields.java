import io.jpar.Parallel;

/** Scratch objects held in final fields: each block works in a copy, and the field ends as the last iteration left it. */
public class ScratchFields {

    static final class Vec {
        double x;
        double y;
        double z;

        void set(double a, double b, double c) {
            x = a;
            y = b;
            z = c;
        }

        double dot(Vec o) {
            return x * o.x + y * o.y + z * o.z;
        }
    }

    private final Vec tmp = new Vec();
    private final Vec hit = new Vec();
    static final Vec SHARED = new Vec();

    @Parallel
    void render(double[] out, double[] a) {
        for (int i = 0; i < a.length; i++) {
            tmp.set(a[i], 1, 2 + i % 3);
            this.hit.x = a[i] * 2;
            hit.y = 0;
            hit.z = 1;
            out[i] = tmp.dot(tmp) + this.hit.dot(tmp);
        }
    }

    @Parallel
    static double[] spread(double[] a) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            SHARED.set(a[i], i, -a[i]);
            out[i] = SHARED.dot(SHARED) - SHARED.y;
        }
        return out;
    }

    public static Object result() {
        double[] a = new double[20000];
        for (int i = 0; i < a.length; i++) {
            a[i] = Math.sin(i * 0.01) * 10;
        }
        ScratchFields s = new ScratchFields();
        double[] out = new double[a.length];
        s.render(out, a);
        double[] spread = spread(a);
        return new Object[] {out, spread, new double[] {s.tmp.x, s.tmp.y, s.tmp.z, s.hit.x, s.hit.y, s.hit.z, SHARED.x, SHARED.y, SHARED.z}};
    }
}
