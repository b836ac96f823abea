package io.jpar.samples;

import io.jpar.Parallel;
import io.jpar.Schedule;
import io.jpar.runtime.Jpar;

import java.util.Arrays;

/**
 * The first example of Parallel Python: jobs that say hello. Each iteration does a small job (the sum of the
 * primes below a bound) and says which thread ran it, so the output shows jpar's pool at work.
 */
public final class Hello {

    /** Iterations of the demo: a few per thread on a small machine. */
    static final int ITERATIONS = 8;

    /**
     * The smallest job's bound: a couple of milliseconds of work, long enough for every thread of the pool to
     * start and take its share. Jobs of no work at all would be over before a second thread could start, and
     * the calling thread would run them all.
     */
    static final int JOB_BOUND = 50_000;

    private Hello() {
    }

    /** What one iteration reports: which thread ran it, and its job's answer. */
    public record Greeting(int iteration, String thread, int bound, long sumOfPrimes) {

        @Override
        public String toString() {
            return String.format("hello from iteration %d, run by thread %s: the primes below %,d add up to %,d",
                    iteration, thread, bound, sumOfPrimes);
        }
    }

    /**
     * Runs the iterations and collects their greetings. A static schedule with blocks of one iteration deals
     * the iterations round-robin to the threads. The job calls a parallel method: from inside a parallel loop
     * it runs on the thread that calls it.
     */
    @Parallel(schedule = Schedule.STATIC, chunk = 1)
    public static Greeting[] greet(int iterations) {
        Greeting[] greetings = new Greeting[iterations];
        for (int i = 0; i < iterations; i++) {
            int bound = JOB_BOUND + 1_000 * i;
            greetings[i] = new Greeting(i, Thread.currentThread().getName(), bound, SumPrimes.sumPrimes(bound));
        }
        return greetings;
    }

    /** The names of the threads that ran the greetings, each once, sorted. */
    public static String[] threads(Greeting[] greetings) {
        return Arrays.stream(greetings).map(Greeting::thread).distinct().sorted().toArray(String[]::new);
    }

    public static void main(String[] args) {
        Greeting[] greetings = greet(ITERATIONS);
        for (Greeting greeting : greetings) {
            System.out.println(greeting);
        }
        System.out.printf("%d iterations ran on %d of %d jpar threads%n",
                greetings.length, threads(greetings).length, Jpar.threads());
    }
}
