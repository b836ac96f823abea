package io.jpar.samples;

import io.jpar.Parallel;
import io.jpar.Schedule;

/**
 * Parallel Python's job-server pattern: {@code job_server.submit(sum_primes, (input,))} for each of several
 * inputs, then collect the results in order. In jpar the jobs are the iterations of a loop over the inputs,
 * and {@code results[k]} is the result of job k.
 */
public final class SumPrimesInputs {

    private SumPrimesInputs() {
    }

    /**
     * The sum of the primes below each input. Jobs are few and of different sizes, so each thread takes the
     * next job when it finishes one. {@link SumPrimes#sumPrimes} is itself parallel; called from inside this
     * loop it runs on the thread that called it.
     */
    @Parallel(schedule = Schedule.DYNAMIC, chunk = 1)
    public static long[] sumPrimesOfEach(int[] inputs) {
        long[] results = new long[inputs.length];
        for (int k = 0; k < inputs.length; k++) {
            results[k] = SumPrimes.sumPrimes(inputs[k]);
        }
        return results;
    }

    /** {@code count} inputs {@code first, first + step, ...}: the lecture used 100000 to 100700 by 100. */
    public static int[] inputs(int first, int count, int step) {
        int[] inputs = new int[count];
        for (int k = 0; k < count; k++) {
            inputs[k] = first + k * step;
        }
        return inputs;
    }

    public static void main(String[] args) {
        int[] inputs = inputs(100_000, 8, 100);
        long[] results = sumPrimesOfEach(inputs);
        for (int k = 0; k < inputs.length; k++) {
            System.out.printf("sum of primes below %d is %d%n", inputs[k], results[k]);
        }
    }
}
