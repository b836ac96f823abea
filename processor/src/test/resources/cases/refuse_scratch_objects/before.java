import io.jpar.Parallel;
import io.jpar.Target;

public class Scratch {

    static final class Vec {
        double x, y, z;
        Vec() { }
        Vec(double s) { x = s; }
        void set(double a, double b, double c) { x = a; y = b; z = c; }
        double norm2() { return x * x + y * y + z * z; }
    }

    @Parallel
    static void readFirst(double[] out, double[] a) {
        Vec t = new Vec();
        for (int i = 0; i < a.length; i++) {
            t.x = t.x + a[i];
            out[i] = t.x;
        }
    }

    @Parallel
    static void sometimes(double[] out, double[] a) {
        Vec t = new Vec();
        for (int i = 0; i < a.length; i++) {
            if (a[i] > 0) {
                t.set(a[i], 0, 0);
            }
            out[i] = t.norm2();
        }
    }

    @Parallel
    static Vec after(double[] out, double[] a) {
        Vec t = new Vec();
        for (int i = 0; i < a.length; i++) {
            t.x = a[i];
            out[i] = t.x;
        }
        return t;
    }

    @Parallel
    static void escapes(Vec[] out, double[] a) {
        Vec t = new Vec();
        for (int i = 0; i < a.length; i++) {
            t.x = a[i];
            out[i] = t;
        }
    }

    @Parallel
    static void madeWith(double[] out, double[] a, double s) {
        s = s * 2;
        Vec t = new Vec(s);
        for (int i = 0; i < a.length; i++) {
            t.x = a[i];
            out[i] = t.x;
        }
    }

    @Parallel(target = Target.CLUSTER)
    static void onRanks(double[] out, double[] a) {
        Vec t = new Vec();
        for (int i = 0; i < a.length; i++) {
            t.x = a[i];
            out[i] = t.x * 2;
        }
    }

    @Parallel(target = Target.GPU)
    static void onDevice(double[] out, double[] a) {
        Vec t = new Vec();
        for (int i = 0; i < a.length; i++) {
            t.x = a[i];
            out[i] = t.x * 2;
        }
    }
}
