package io.jpar.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jpar.runtime.Jpar;
import org.junit.jupiter.api.Test;

class SumPrimesTest {

    @Test
    void parallelSumEqualsSequentialSum() {
        int n = 300_000;
        assertEquals(Jpar.sequential(() -> SumPrimes.sumPrimes(n)), SumPrimes.sumPrimes(n));
    }

    @Test
    void sumEqualsTheSumFromASieve() {
        for (int n : new int[] {0, 2, 3, 10, 1_000, 123_457}) {
            assertEquals(Sieve.sumOfPrimesBelow(n), SumPrimes.sumPrimes(n), "n = " + n);
        }
    }

    @Test
    void trialDivisionAgreesWithTheSieve() {
        boolean[] composite = Sieve.composites(10_000);
        for (int k = -3; k < 10_000; k++) {
            assertEquals(k >= 2 && !composite[k], SumPrimes.isPrime(k), "k = " + k);
        }
    }
}
