package io.jpar.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jpar.runtime.Jpar;
import org.junit.jupiter.api.Test;

class SumPrimesInputsTest {

    @Test
    void parallelResultsEqualSequentialResults() {
        int[] inputs = SumPrimesInputs.inputs(100_000, 8, 100);
        assertArrayEquals(Jpar.sequential(() -> SumPrimesInputs.sumPrimesOfEach(inputs)),
                SumPrimesInputs.sumPrimesOfEach(inputs));
    }

    @Test
    void resultKIsTheSumOfThePrimesBelowInputK() {
        int[] inputs = SumPrimesInputs.inputs(20_000, 5, 1_000);
        long[] results = SumPrimesInputs.sumPrimesOfEach(inputs);
        assertEquals(inputs.length, results.length);
        for (int k = 0; k < inputs.length; k++) {
            assertEquals(Sieve.sumOfPrimesBelow(inputs[k]), results[k], "input " + inputs[k]);
        }
    }

    @Test
    void inputsAreTheLecturesArithmeticSequence() {
        assertArrayEquals(new int[] {100_000, 100_100, 100_200}, SumPrimesInputs.inputs(100_000, 3, 100));
    }
}
