package io.jpar.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jpar.benchmarks.tiny.TinyLoops;
import io.jpar.benchmarks.tiny.TinyLoopsByHand;
import io.jpar.samples.Comparison;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

class TinyLoopsTest {

    private static final SplittableRandom RANDOM = new SplittableRandom(5L);

    @Test
    void annotatedSumEqualsThePlainSum() {
        int[] values = RANDOM.ints(1_000, -1_000, 1_000).toArray();
        for (int call = 0; call < 3; call++) {
            assertEquals(TinyLoopsByHand.sum(values), TinyLoops.sum(values), "call " + call);
        }
    }

    /**
     * jpar may split even a tiny loop (a loop's first call runs in parallel to measure it), so the products may
     * be added in another grouping: within 2 gamma(n) times the sum of their magnitudes of the plain loop.
     */
    @Test
    void annotatedDotProductDiffersFromThePlainOneByReassociationAtMost() {
        double[] x = RANDOM.doubles(64, -1.0, 1.0).toArray();
        double[] y = RANDOM.doubles(64, -1.0, 1.0).toArray();
        double magnitudes = 0;
        for (int i = 0; i < x.length; i++) {
            magnitudes += Math.abs(x[i] * y[i]);
        }
        double ku = x.length * Comparison.UNIT_ROUNDOFF;
        double bound = 2 * ku / (1 - ku) * magnitudes;
        for (int call = 0; call < 3; call++) {
            double difference = Math.abs(TinyLoopsByHand.dot(x, y) - TinyLoops.dot(x, y));
            assertTrue(difference <= bound, "call " + call + ": " + difference + " > " + bound);
        }
    }
}
