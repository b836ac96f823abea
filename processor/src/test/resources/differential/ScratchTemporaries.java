import io.jpar.Parallel;

/** Scratch objects made before the loop and reused by every iteration: vectors of a ray tracer, a sample of a pricer. */
public class ScratchTemporaries {

    static final class Vec {
        double x;
        double y;
        double z;

        Vec() {
        }

        Vec(double x, double y, double z) {
            this.x = x;
            this.y = y;
            this.z = z;
        }

        void set(double a, double b, double c) {
            x = a;
            y = b;
            this.z = c;
        }

        void scale(double s) {
            x *= s;
            y *= s;
            z *= s;
        }

        double dot(Vec o) {
            return x * o.x + y * o.y + z * o.z;
        }

        static void cross(Vec a, Vec b, Vec out) {
            out.x = a.y * b.z - a.z * b.y;
            out.y = a.z * b.x - a.x * b.z;
            out.z = a.x * b.y - a.y * b.x;
        }
    }

    static final class Sample {
        long seed;
        double value;
        int steps;
    }

    // rays: a direction, a normal and their cross product, three scratch vectors
    @Parallel
    static double[] shade(int w, int h) {
        double[] img = new double[w * h];
        Vec dir = new Vec();
        Vec normal = new Vec(0, 0, 1);
        Vec side = new Vec();
        for (int p = 0; p < w * h; p++) {
            dir.set((p % w) - w / 2.0, (p / w) - h / 2.0, 40.0);
            dir.scale(1.0 / Math.sqrt(dir.dot(dir)));
            normal.set(0.1 * (p % 7), 0.2, 1.0);
            Vec.cross(dir, normal, side);
            img[p] = Math.max(0.0, dir.dot(normal)) + 0.25 * side.dot(side);
        }
        return img;
    }

    // a walk per run in a scratch object: both branches set the field the step then reads
    @Parallel
    static double[] price(int runs, int steps) {
        double[] out = new double[runs];
        Sample s = new Sample();
        for (int r = 0; r < runs; r++) {
            if (r % 2 == 0) {
                s.seed = 1000L + r;
                s.value = 100.0;
            } else {
                s.seed = 7000L + 3 * r;
                s.value = 90.0;
            }
            s.steps = 0;
            for (int k = 0; k < steps; k++) {
                s.seed = s.seed * 6364136223846793005L + 1442695040888963407L;
                s.value *= 1.0 + ((s.seed >>> 40) % 200 - 100) / 10000.0;
                s.steps++;
            }
            out[r] = s.value + s.steps;
        }
        return out;
    }

    // a collapsed nest, the scratch written in the inner body before it is read
    @Parallel(collapse = 2)
    static double[][] field(int n, int m) {
        double[][] g = new double[n][m];
        Vec t = new Vec();
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                t.x = i * 0.5;
                t.y = j * 0.25;
                t.z = t.x - t.y;
                g[i][j] = t.dot(t);
            }
        }
        return g;
    }

    // a scratch vector beside writes of the elements' fields: made by new and never stored, it is none of them
    @Parallel
    static double[] move(Vec[] points, double dx) {
        Vec step = new Vec();
        for (int i = 0; i < points.length; i++) {
            step.set(dx * i, -dx, 0.5);
            points[i].x += step.x;
            points[i].y = step.y * points[i].y + step.z;
        }
        double[] out = new double[2 * points.length];
        for (int i = 0; i < points.length; i++) {
            out[2 * i] = points[i].x;
            out[2 * i + 1] = points[i].y;
        }
        return out;
    }

    public static Object result() {
        Vec[] points = new Vec[500];
        for (int i = 0; i < points.length; i++) {
            points[i] = new Vec(i, 2 * i, 0);
        }
        return new Object[] {shade(64, 48), price(300, 200), field(37, 29), move(points, 0.01)};
    }
}
