package io.jpar.runtime;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;

/**
 * Statistics of one loop site, and its cost estimate: nanoseconds per iteration when run sequentially, which
 * decides whether a call is too small to pay for threads.
 *
 * <p>Parallel calls are counted in {@link LongAdder}s (their cost is nothing next to starting threads).
 * A call that runs inline may take less than a hundred nanoseconds, so it must not pay for an atomic
 * update or a clock read: unless {@code jpar.stats} is on, inline calls are counted in plain fields (exact
 * for one calling thread; concurrent callers of the same loop may lose a count) and only every
 * {@value #SAMPLE_EVERY}th one is timed. With {@code jpar.stats} on, every call is counted exactly and timed.
 * Backends report through the {@code ...Ran} methods.
 */
public final class LoopStats {

    /** Inline calls between two timed ones when statistics are off. */
    public static final int SAMPLE_EVERY = 64;

    /** A constant to the JIT: the branches on it cost nothing. */
    private static final boolean EXACT = StatsReport.ENABLED;

    private final LongAdder parallelCalls = new LongAdder();
    private final LongAdder parallelIterations = new LongAdder();
    private final LongAdder parallelChunks = new LongAdder();
    private final LongAdder parallelNanos = new LongAdder();
    private final LongAccumulator maxThreads = new LongAccumulator(Math::max, 0);
    private final AtomicBoolean fallbackReported = new AtomicBoolean();

    private final LongAdder exactInlineCalls = new LongAdder();
    private final LongAdder exactInlineIterations = new LongAdder();
    private final LongAdder exactInlineNanos = new LongAdder();

    // Plain fields: racy by design, see the class comment.
    private long inlineCalls;
    private long inlineIterations;
    private long inlineNanos;
    private int untilSample;
    private double nsPerIteration;

    LoopStats() {
    }

    /**
     * Whether the estimate says a call of {@code iterations} would take less than {@code budgetNanos}
     * sequentially. False while there is no estimate yet.
     */
    public boolean cheaperThan(long iterations, double budgetNanos) {
        double estimate = nsPerIteration;
        return estimate > 0 && iterations * estimate < budgetNanos;
    }

    /** Nanoseconds per iteration, sequentially, as measured so far; 0 before the first measurement. */
    public double nsPerIteration() {
        return nsPerIteration;
    }

    /** Whether the inline call about to run should be timed (and then reported with its time). */
    public boolean timeInlineRun() {
        if (EXACT) {
            return true;
        }
        if (--untilSample > 0) {
            return false;
        }
        untilSample = SAMPLE_EVERY;
        return true;
    }

    /** An inline call that was not timed. */
    public void inlineRan(long iterations) {
        if (EXACT) {
            exactInlineCalls.increment();
            exactInlineIterations.add(iterations);
        } else {
            inlineCalls++;
            inlineIterations += iterations;
        }
    }

    /** An inline call that was timed: {@code nanos} is its whole time, which also refines the estimate. */
    public void inlineRan(long iterations, long nanos) {
        if (EXACT) {
            exactInlineCalls.increment();
            exactInlineIterations.add(iterations);
            exactInlineNanos.add(nanos);
        } else {
            inlineCalls++;
            inlineIterations += iterations;
            inlineNanos += nanos;
        }
        estimate(iterations, nanos);
    }

    /**
     * A parallel call.
     *
     * @param threads   threads that ran at least one chunk
     * @param chunks    chunks run
     * @param wallNanos time from the call to its return
     * @param busyNanos time the threads spent running chunks, added up: the sequential cost, for the estimate
     */
    public void parallelRan(long iterations, int threads, long chunks, long wallNanos, long busyNanos) {
        parallelCalls.increment();
        parallelIterations.add(iterations);
        parallelChunks.add(chunks);
        parallelNanos.add(wallNanos);
        maxThreads.accumulate(threads);
        estimate(iterations, busyNanos);
    }

    private void estimate(long iterations, long nanos) {
        if (iterations <= 0) {
            return;
        }
        double sample = Math.max(nanos, 1) / (double) iterations;
        double old = nsPerIteration;
        // Half old, half new: quick to follow the JIT's warm-up, steady afterwards.
        nsPerIteration = old == 0 ? sample : (old + sample) / 2;
    }

    boolean firstFallback() {
        return fallbackReported.compareAndSet(false, true);
    }

    /** Calls, parallel and inline. */
    public long calls() {
        return parallelCalls.sum() + inlineCalls();
    }

    /** Calls that ran inline, as one chunk on the calling thread. */
    public long inlineCalls() {
        return inlineCalls + exactInlineCalls.sum();
    }

    /** Iterations, over all calls. */
    public long iterations() {
        return parallelIterations.sum() + inlineIterations + exactInlineIterations.sum();
    }

    /** Chunks, over all calls; an inline call is one. */
    public long chunks() {
        return parallelChunks.sum() + inlineCalls();
    }

    /** The most threads that ran chunks of one call (1 when every call ran inline, 0 before any call). */
    public int maxThreads() {
        long max = maxThreads.get();
        return (int) (max > 0 ? max : inlineCalls() > 0 ? 1 : 0);
    }

    /**
     * Time in this loop, in nanoseconds: every call when {@code jpar.stats} is on; otherwise parallel calls
     * and the sampled inline calls only.
     */
    public long timeNanos() {
        return parallelNanos.sum() + inlineNanos + exactInlineNanos.sum();
    }
}
