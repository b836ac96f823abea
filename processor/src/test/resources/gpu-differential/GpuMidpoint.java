import io.jpar.Parallel;
import io.jpar.Target;

public class GpuMidpoint {
    /** Work-group partial sums reassociate the additions: the last bits may differ. */
    static final double TOLERANCE = 1e-12;

    @Parallel(target = Target.GPU)
    static double integrate(int n) {
        double h = 1.0 / n;
        double sum = 0.0;
        for (int i = 0; i < n; i++) {
            double x = (i + 0.5) * h;
            sum += 4.0 / (1.0 + x * x);
        }
        return sum * h;
    }

    public static Object result() {
        return new double[] {integrate(1_000_000), integrate(1), integrate(0)};
    }
}
