import io.jpar.Parallel;

public class IterationObjects {
    static final class Vec {
        double x, y, z;

        Vec(double x, double y, double z) {
            this.x = x;
            this.y = y;
            this.z = z;
        }

        static Vec of(double x, double y, double z) {
            return new Vec(x, y, z);
        }

        Vec plus(Vec o) {
            return new Vec(x + o.x, y + o.y, z + o.z);
        }

        Vec scale(double s) {
            x *= s;
            y *= s;
            z *= s;
            return this;
        }

        double dot(Vec o) {
            return x * o.x + y * o.y + z * o.z;
        }
    }

    static final class Stats {
        double sum;
        int count;

        void add(double v) {
            sum += v;
            count++;
        }

        double mean() {
            return count == 0 ? 0 : sum / count;
        }
    }

    // C-style: the objects' locals are declared at the top and every iteration creates them anew
    @Parallel
    static double[] cStyle(int n) {
        double[] out = new double[n];
        Vec v;
        Vec w;
        Stats s;
        int i, k;
        for (i = 0; i < n; i++) {
            v = Vec.of(i, 2.0 * i, 0.5 * i);
            w = v.plus(new Vec(1, 1, 1)).scale(0.25);
            w.z -= v.x;
            s = new Stats();
            for (k = 0; k < 5; k++) {
                s.add(v.x * k - w.y);
            }
            out[i] = s.mean() + v.dot(w);
        }
        return out;
    }

    // an array of objects the iteration creates, and rows of a fresh 2-D array
    @Parallel
    static double[] corners(int n) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            Vec[] c = new Vec[3];
            for (int k = 0; k < c.length; k++) {
                c[k] = new Vec(i + k, i - k, k);
            }
            c[0].x += c[1].y;
            c[2].scale(3);
            double[][] m = new double[2][3];
            m[1] = new double[] {c[0].x, c[1].x, c[2].x};
            m[0][2] = c[2].z;
            Vec pick = i % 2 == 0 ? c[1] : new Vec(0, 0, 1);
            pick.y = m[1][2] + m[0][2];
            out[i] = c[0].x + pick.y + c[1].y;
        }
        return out;
    }

    /** An object built with its own array (final, only ever a new one): the iteration's object writes it freely. */
    static final class Hist {
        private final int[] bins = new int[4];
        long total;

        void add(int v) {
            bins[v & 3]++;
            total += v;
        }
    }

    @Parallel
    static long[] histograms(int n) {
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            Hist h = new Hist();
            for (int k = 0; k < 10; k++) {
                h.add(i * k + 1);
            }
            h.bins[2] += 7;
            out[i] = h.total * 10 + h.bins[1] + h.bins[2];
        }
        return out;
    }

    public static Object result() {
        return new Object[] {cStyle(20_000), corners(20_000), histograms(20_000)};
    }
}
