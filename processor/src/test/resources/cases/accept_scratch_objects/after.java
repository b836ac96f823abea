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
        final class JparLoop1 extends io.jpar.runtime.cpu.IntChunk<JparLoop1> { protected void run(int from$, int to$) throws Exception { Vec t = new Vec(2.0); Vec u = new Vec(); for (int i = from$; i < to$; i++) {
            t.set(a[i], 1, 2);
            u.x = a[i];
            u.y = 0;
            u.z = -1;
            out[i] = t.dot(u);
        } } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("Rays.java:31", "Rays.shade", io.jpar.Schedule.AUTO, 0, 0, io.jpar.runtime.Relation.LT); } io.jpar.runtime.cpu.CpuLoops.forInt(JparLoop1.SITE, 0, a.length, 1, new JparLoop1());
    }
} // rewritten by jpar from Rays.java; see jpar:explain
