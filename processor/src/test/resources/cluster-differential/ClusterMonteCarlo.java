import io.jpar.Parallel;
import io.jpar.Target;
import java.util.SplittableRandom;

public class ClusterMonteCarlo {
    @Parallel(target = Target.CLUSTER)
    static long countHits(long samples, long seed) {
        long hits = 0;
        for (long i = 0; i < samples; i++) {
            SplittableRandom random = new SplittableRandom(seed + i);
            double x = random.nextDouble();
            double y = random.nextDouble();
            if (x * x + y * y <= 1.0) {
                hits++;
            }
        }
        return hits;
    }

    public static Object result() {
        return countHits(100_003L, 42L);
    }
}
