import io.jpar.Parallel;
import java.util.SplittableRandom;

public class MonteCarloPi {
    @Parallel
    static double pi(int n) {
        long inside = 0;
        for (int i = 0; i < n; i++) {
            SplittableRandom r = new SplittableRandom(i);
            double x = r.nextDouble();
            double y = r.nextDouble();
            if (x * x + y * y <= 1.0) {
                inside++;
            }
        }
        return 4.0 * inside / n;
    }

    public static Object result() {
        return pi(1_000_000);
    }
}
