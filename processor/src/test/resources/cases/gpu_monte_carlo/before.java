import io.jpar.Parallel;
import io.jpar.Target;

public class MonteCarlo {
    /** Pi from n points of a hash-based sequence: every point depends on its index only. */
    @Parallel(target = Target.GPU)
    static double pi(int n, long seed) {
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
        return 4.0 * hits / n + spread * 0;
    }
}
