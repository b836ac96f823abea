import io.jpar.Parallel;
import io.jpar.Target;

public class Midpoint {
    static final double A = 0.0;
    static final double B = 1.0;

    /** The integral of 4 / (1 + x^2) over [A, B] by the midpoint rule. */
    @Parallel(target = Target.GPU)
    static double integrate(int n) {
        double h = (B - A) / n;
        double sum = 0.0;
        for (int i = 0; i < n; i++) {
            double x = A + (i + 0.5) * h;
            sum += 4.0 / (1.0 + x * x);
        }
        return sum * h;
    }
}
