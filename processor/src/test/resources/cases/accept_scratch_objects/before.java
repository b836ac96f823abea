import io.jpar.Parallel;

public class Rays {

    static final class Vec {
        double x, y, z;

        Vec() {
        }

        Vec(double s) {
            x = s;
        }

        void set(double a, double b, double c) {
            x = a;
            y = b;
            z = c;
        }

        double dot(Vec o) {
            return x * o.x + y * o.y + z * o.z;
        }
    }

    // two temporaries made before the loop: each block of iterations makes its own
    @Parallel
    static void shade(double[] out, double[] a) {
        Vec t = new Vec(2.0);
        Vec u = new Vec();
        for (int i = 0; i < a.length; i++) {
            t.set(a[i], 1, 2);
            u.x = a[i];
            u.y = 0;
            u.z = -1;
            out[i] = t.dot(u);
        }
    }
}
