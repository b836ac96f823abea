import io.jpar.Parallel;
import io.jpar.Schedule;

public class Midpoint {
    /** Partial sums merged in another order differ in the last bits only. */
    static final double TOLERANCE = 1e-12;

    @Parallel(schedule = Schedule.STATIC)
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
        return integrate(2_000_000);
    }
}
