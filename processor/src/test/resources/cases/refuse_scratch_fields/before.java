import io.jpar.Parallel;

public class Tracer {

    static final class Vec {
        double x, y, z;

        void set(double a, double b, double c) {
            x = a;
            y = b;
            z = c;
        }

        double norm() {
            return Math.sqrt(x * x + y * y + z * z);
        }
    }

    private final Vec ray = new Vec();
    private final Vec hit = new Vec();
    private Vec other = new Vec();

    // hit.x is written on some iterations only: the field would not end as the sequential loop leaves it
    @Parallel
    void partly(double[] img, double[] dx) {
        for (int p = 0; p < img.length; p++) {
            ray.set(dx[p], 0, 1.0);
            if (dx[p] > 0) {
                hit.x = dx[p];
            }
            img[p] = ray.norm();
        }
    }

    // a field that is not final may hold any object, one that another path reaches too
    @Parallel
    void notFinal(double[] img, double[] dx) {
        for (int p = 0; p < img.length; p++) {
            other.set(dx[p], 0, 1.0);
            img[p] = other.norm();
        }
    }

    // a helper of this reads the field x of the temporary, through the field: not the block's copy
    @Parallel
    void throughHelper(double[] img, double[] dx) {
        for (int p = 0; p < img.length; p++) {
            ray.set(dx[p], 0, 1.0);
            img[p] = lengthOfRay();
        }
    }

    double lengthOfRay() {
        return ray.x * 2;
    }
}
