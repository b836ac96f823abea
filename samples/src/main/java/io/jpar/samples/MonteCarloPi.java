package io.jpar.samples;

import io.jpar.Parallel;

import java.util.SplittableRandom;

/**
 * Monte Carlo estimate of pi, the lecture's mpi4py example: throw random points into the unit square and
 * count those inside the quarter circle. Sample i draws its point from a generator seeded with
 * {@code seed + i}, so a sample's point does not depend on which thread draws it or in what order: the
 * parallel count equals the sequential one exactly.
 */
public final class MonteCarloPi {

    private MonteCarloPi() {
    }

    /** How many of {@code samples} random points of the unit square lie inside the quarter circle. */
    @Parallel
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

    /** The estimate of pi from the hits among {@code samples} points: the quarter circle's area is pi / 4. */
    public static double estimate(long hits, long samples) {
        return 4.0 * hits / samples;
    }

    public static void main(String[] args) {
        long samples = 10_000_000L;
        long hits = countHits(samples, 42L);
        System.out.printf("%d of %d points inside: pi is about %.6f%n", hits, samples, estimate(hits, samples));
    }
}
