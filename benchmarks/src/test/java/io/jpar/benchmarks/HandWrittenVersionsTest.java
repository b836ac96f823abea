package io.jpar.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jpar.benchmarks.integration.MidpointByHand;
import io.jpar.benchmarks.matrix.MatrixMultiplyByHand;
import io.jpar.benchmarks.pi.MonteCarloPiByHand;
import io.jpar.benchmarks.primes.SumPrimesByHand;
import io.jpar.samples.Comparison;
import io.jpar.samples.MatrixMultiply;
import io.jpar.samples.MidpointIntegration;
import io.jpar.samples.MonteCarloPi;
import io.jpar.samples.SumPrimes;
import io.jpar.samples.Verdict;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.concurrent.ForkJoinPool;

/** Every version a benchmark times computes what the plain sequential copy computes: the race is fair. */
class HandWrittenVersionsTest {

    private static ForkJoinPool pool;

    @BeforeAll
    static void startPool() {
        pool = new ForkJoinPool(2);
    }

    @AfterAll
    static void stopPool() {
        pool.shutdown();
    }

    @Test
    void sumOfPrimes() {
        int n = 200_000;
        long truth = SumPrimesByHand.sequential(n);
        assertEquals(truth, SumPrimes.sumPrimes(n));
        assertEquals(truth, SumPrimesByHand.parallelStream(n));
        assertEquals(truth, SumPrimesByHand.forkJoin(pool, n));
    }

    @Test
    void monteCarloHits() {
        long samples = 500_000L;
        long truth = MonteCarloPiByHand.sequential(samples, 9L);
        assertEquals(truth, MonteCarloPi.countHits(samples, 9L));
        assertEquals(truth, MonteCarloPiByHand.parallelStream(samples, 9L));
        assertEquals(truth, MonteCarloPiByHand.forkJoin(pool, samples, 9L));
    }

    @Test
    void midpointIntegral() {
        int intervals = 2_000_000;
        double truth = MidpointByHand.sequential(intervals);
        Comparison<Double> reassociation = Comparison.withinReassociation(intervals);
        for (double other : new double[] {MidpointIntegration.integrate(intervals),
                MidpointByHand.parallelStream(intervals), MidpointByHand.forkJoin(pool, intervals)}) {
            Verdict verdict = reassociation.compare(truth, other);
            assertTrue(verdict.agrees(), verdict.text());
        }
    }

    @Test
    void matrixProduct() {
        double[][] a = MatrixMultiply.randomMatrix(70, 50, 1L);
        double[][] b = MatrixMultiply.randomMatrix(50, 60, 2L);
        double[][] truth = MatrixMultiplyByHand.sequential(a, b);
        for (double[][] other : new double[][][] {MatrixMultiply.multiply(a, b),
                MatrixMultiplyByHand.parallelStream(a, b), MatrixMultiplyByHand.forkJoin(pool, a, b)}) {
            assertEquals(truth.length, other.length);
            for (int i = 0; i < truth.length; i++) {
                assertArrayEquals(truth[i], other[i], "row " + i);
            }
        }
    }
}
