package io.jpar.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jpar.runtime.Jpar;
import org.junit.jupiter.api.Test;

class MidpointIntegrationTest {

    private static final int INTERVALS = 3_000_000;

    @Test
    void parallelSumDiffersFromSequentialByReassociationAtMost() {
        double sequential = Jpar.sequential(() -> MidpointIntegration.integrate(INTERVALS));
        Verdict verdict = Comparison.withinReassociation(INTERVALS)
                .compare(sequential, MidpointIntegration.integrate(INTERVALS));
        assertTrue(verdict.agrees(), verdict.text());
    }

    @Test
    void parallelSumIsTheSameEveryRun() {
        double first = MidpointIntegration.integrate(INTERVALS);
        for (int run = 0; run < 3; run++) {
            assertEquals(first, MidpointIntegration.integrate(INTERVALS));
        }
    }

    @Test
    void integralIsPiWithinTheMidpointRulesErrorBound() {
        int intervals = 1_000;
        double h = 1.0 / intervals;
        // |error| <= h^2 max|f''| / 24 on [0, 1], and |f''| <= 8 for f(x) = 4 / (1 + x^2); plus rounding.
        double bound = h * h * 8 / 24 + 1e-12;
        assertEquals(Math.PI, MidpointIntegration.integrate(intervals), bound);
    }
}
