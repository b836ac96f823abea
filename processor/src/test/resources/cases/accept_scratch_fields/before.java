import io.jpar.Parallel;

public class Tracer {

    static final class Vec {
        double x, y, z;

        void set(double a, double b, double c) {
            x = a;
            y = b;
            z = c;
        }

        double dot(Vec o) {
            return x * o.x + y * o.y + z * o.z;
        }
    }

    // a temporary held in a final field: each block makes its own, and the field gets the last iteration's values
    private final Vec ray = new Vec();

    @Parallel
    void render(double[] img, double[] dx, double[] dy) {
        for (int p = 0; p < img.length; p++) {
            ray.set(dx[p], dy[p], 1.0);
            img[p] = 1.0 / Math.sqrt(this.ray.dot(ray));
        }
    }
}
