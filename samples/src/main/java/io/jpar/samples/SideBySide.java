package io.jpar.samples;

import io.jpar.runtime.Jpar;

import java.util.function.Supplier;

/**
 * One sample at one size, where the parallel method (a cluster or GPU one) and its sequential reference are two
 * methods: the reference is the CPU sample the parallel one was made from, or a plain copy of its loop, always
 * run under {@link Jpar#sequential} so that it is the sequential loop on the calling thread.
 */
public record SideBySide<T>(String name, String size, Supplier<T> sequential, Supplier<T> parallel,
                            Comparison<T> comparison) {

    /** Timed calls of each version; the fastest counts (the first calls on other JVMs still run cold code). */
    static final int TIMED_CALLS = 3;

    /** Warms both up once, then times {@link #TIMED_CALLS} calls of each, alternating, and keeps the fastest. */
    public Measurement measure() {
        Jpar.sequential(sequential);
        parallel.get();
        long bestSequential = Long.MAX_VALUE;
        long bestParallel = Long.MAX_VALUE;
        Verdict verdict = null;
        for (int call = 0; call < TIMED_CALLS; call++) {
            long start = System.nanoTime();
            T reference = Jpar.sequential(sequential);
            long middle = System.nanoTime();
            T result = parallel.get();
            long end = System.nanoTime();
            bestSequential = Math.min(bestSequential, middle - start);
            bestParallel = Math.min(bestParallel, end - middle);
            // every call's result is compared; the first disagreement is the one reported
            Verdict v = comparison.compare(reference, result);
            if (verdict == null || (!v.agrees() && verdict.agrees())) {
                verdict = v;
            }
        }
        return new Measurement(name, size, bestSequential, bestParallel, verdict);
    }

}
