import io.jpar.Parallel;
import io.jpar.Target;

public class ClusterMidpoint {
    static final double TOLERANCE = 1e-12;

    @Parallel(target = Target.CLUSTER)
    static double integrate(int intervals) {
        double h = 1.0 / intervals;
        double sum = 0.0;
        for (int i = 0; i < intervals; i++) {
            double x = (i + 0.5) * h;
            sum += 4.0 / (1.0 + x * x);
        }
        return sum * h;
    }

    public static Object result() {
        return integrate(200_001);
    }
}
