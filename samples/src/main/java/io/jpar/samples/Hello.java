package io.jpar.samples;

import io.jpar.Parallel;
import io.jpar.Schedule;
import io.jpar.runtime.Jpar;

import java.util.Arrays;

/**
 * The first example of Parallel Python: every worker says hello. Each iteration records the name of the thread
 * that ran it, so the output shows jpar's pool at work.
 */
public final class Hello {

    /** Iterations of the demo: a few per thread on a small machine. */
    static final int ITERATIONS = 8;

    /** Each iteration's pretend job: long enough for every thread of the pool to start and take a share. */
    static final long WORK_NANOS = 2_000_000;

    private Hello() {
    }

    /**
     * Returns, for each iteration, the name of the thread that ran it. A static schedule with blocks of one
     * iteration deals the iterations round-robin to the threads.
     */
    @Parallel(schedule = Schedule.STATIC, chunk = 1)
    public static String[] whoRanEachIteration(int iterations) {
        String[] ranBy = new String[iterations];
        for (int i = 0; i < iterations; i++) {
            busyFor(WORK_NANOS);
            ranBy[i] = Thread.currentThread().getName();
        }
        return ranBy;
    }

    /**
     * Keeps the thread busy, as a real job would: a loop of no work at all would be over before a second
     * thread could start, and the calling thread would run every iteration.
     */
    static void busyFor(long nanos) {
        long start = System.nanoTime();
        while (System.nanoTime() - start < nanos) {
            Thread.onSpinWait();
        }
    }

    /** The number of different threads that ran the iterations. */
    public static long distinctThreads(String[] ranBy) {
        return Arrays.stream(ranBy).distinct().count();
    }

    public static void main(String[] args) {
        String[] ranBy = whoRanEachIteration(ITERATIONS);
        for (int i = 0; i < ranBy.length; i++) {
            System.out.printf("hello from iteration %d, run by thread %s%n", i, ranBy[i]);
        }
        System.out.printf("%d iterations ran on %d of %d jpar threads%n",
                ranBy.length, distinctThreads(ranBy), Jpar.threads());
    }
}
