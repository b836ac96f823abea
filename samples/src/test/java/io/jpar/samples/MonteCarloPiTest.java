package io.jpar.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jpar.runtime.Jpar;
import org.junit.jupiter.api.Test;

class MonteCarloPiTest {

    @Test
    void parallelCountEqualsSequentialCount() {
        long samples = 2_000_000L;
        assertEquals(Jpar.sequential(() -> MonteCarloPi.countHits(samples, 7L)), MonteCarloPi.countHits(samples, 7L));
    }

    @Test
    void estimateIsWithinFiveStandardDeviationsOfPi() {
        long samples = 1_000_000L;
        long hits = MonteCarloPi.countHits(samples, 11L);
        // hits is binomial(samples, pi / 4); the estimate 4 hits / samples has deviation 4 sqrt(p (1 - p) / samples).
        double p = Math.PI / 4;
        double deviation = 4 * Math.sqrt(p * (1 - p) / samples);
        double estimate = MonteCarloPi.estimate(hits, samples);
        assertTrue(Math.abs(estimate - Math.PI) < 5 * deviation, () -> "estimate " + estimate);
    }
}
