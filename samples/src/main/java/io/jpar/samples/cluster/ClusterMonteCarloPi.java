package io.jpar.samples.cluster;

import io.jpar.Parallel;
import io.jpar.Target;
import io.jpar.runtime.Jpar;
import io.jpar.samples.MonteCarloPi;
import io.jpar.samples.SampleMain;

import java.util.SplittableRandom;

/**
 * The lecture's mpi4py Monte Carlo pi: {@link MonteCarloPi} with {@code target = CLUSTER}. Each rank draws the
 * points of its block (point i from a generator seeded with {@code seed + i}, so it does not matter which rank
 * draws it) and rank 0 adds the ranks' counts: the count equals the sequential one exactly.
 */
public final class ClusterMonteCarloPi {

    private ClusterMonteCarloPi() {
    }

    /** How many of {@code samples} random points of the unit square lie inside the quarter circle. */
    @Parallel(target = Target.CLUSTER)
    public static long countHits(long samples, long seed) {
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

    public static void main(String[] args) {
        long samples = SampleMain.size(args, 20_000_000);
        long seed = 42L;
        long cluster = countHits(samples, seed);
        long sequential = Jpar.sequential(() -> MonteCarloPi.countHits(samples, seed));
        SampleMain.report(String.format("%,d of %,d points inside: pi is about %.6f", cluster, samples,
                MonteCarloPi.estimate(cluster, samples)), cluster == sequential, String.format("%,d", sequential));
    }
}
