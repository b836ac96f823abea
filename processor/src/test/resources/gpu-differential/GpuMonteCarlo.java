import io.jpar.Parallel;
import io.jpar.Target;

public class GpuMonteCarlo {
    static final double TOLERANCE = 1e-12;

    @Parallel(target = Target.GPU)
    static double[] pi(int n, long seed) {
        long hits = 0;
        double spread = 0;
        for (int i = 0; i < n; i++) {
            long h = (i + seed) * 6364136223846793005L + 1442695040888963407L;
            h ^= h >>> 33;
            double x = (h & 0xFFFFFFL) / (double) (1 << 24);
            double y = ((h >>> 24) & 0xFFFFFFL) / (double) (1 << 24);
            double r = x * x + y * y;
            if (r <= 1.0) {
                hits++;
            }
            spread += r;
        }
        return new double[] {4.0 * hits / n, hits, spread};
    }

    public static Object result() {
        return pi(300_000, 42);
    }
}
