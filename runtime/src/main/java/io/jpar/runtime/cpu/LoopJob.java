package io.jpar.runtime.cpu;

import io.jpar.runtime.InlineContext;
import io.jpar.runtime.LoopSite;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * One parallel call of a loop: the calling thread and up to {@code threads - 1} helper tasks claim units of
 * the {@link BlockPlan} until none is left, each block on its own partial; then the caller waits for the
 * threads still running a block, merges the partials in block order, and returns the prototype.
 *
 * <p>A helper that starts after the caller ran out of units finds the job closed and leaves at once, so the
 * caller never waits for a thread that has not started (a busy pool only loses parallelism, never time).
 *
 * <p>A block that throws stops the handing out of every later block; earlier blocks still run. The caller
 * then rethrows the exception of the earliest block that threw, which is the exception of the earliest
 * iteration that threw: exactly what the sequential loop throws.
 *
 * @param <C> the chunk class
 */
abstract class LoopJob<C extends Chunk<C>> {

    /** Set in {@link #state} once the caller has run out of work; the rest counts threads inside. */
    private static final int CLOSED = 1 << 30;
    /** Spins before the caller parks while the last blocks finish. */
    private static final int SPINS = 1 << 10;

    private final C prototype;
    private final BlockPlan plan;
    private final Chunk<?>[] partials;
    private final PaddedCounter next = new PaddedCounter();
    private final AtomicInteger state = new AtomicInteger();
    private final Thread caller = Thread.currentThread();
    private final AtomicLong busyNanos = new AtomicLong();
    private final AtomicLong blocksRun = new AtomicLong();
    private final AtomicInteger threadsUsed = new AtomicInteger();
    private volatile int failedBlock = Integer.MAX_VALUE;
    private Throwable failure;

    LoopJob(C prototype, BlockPlan plan) {
        this.prototype = prototype;
        this.plan = plan;
        this.partials = new Chunk<?>[plan.blocks()];
    }

    /** Runs iterations {@code from .. to-1}, counted from the loop's first index, on {@code chunk}. */
    abstract void runBlock(C chunk, long from, long to) throws Exception;

    /** Runs the whole call on {@code threads} threads (the caller included). */
    final C invoke(LoopSite site, long trips, int threads) {
        long begin = System.nanoTime();
        int helpers = Math.min(threads, plan.units()) - 1;
        ForkJoinPool pool = CpuPool.forHelpers(helpers);
        for (int h = 0; h < helpers; h++) {
            try {
                pool.execute(new Helper(this));
            } catch (RejectedExecutionException e) {
                break;      // no thread to be had: the caller does the rest, which is always correct
            }
        }
        InlineContext.enter();      // a loop started by the body on this thread now runs inline
        try {
            participate();
        } finally {
            InlineContext.exit();
        }
        awaitOthers();
        long wall = System.nanoTime() - begin;
        site.stats().parallelRan(trips, threadsUsed.get(), blocksRun.get(), wall, busyNanos.get());
        if (failure != null) {
            throw Sneaky.rethrow(failure);
        }
        mergeInOrder();
        return prototype;
    }

    @SuppressWarnings("unchecked")
    private void mergeInOrder() {
        for (int b = 1; b < partials.length; b++) {
            Chunk<?> partial = partials[b];
            if (partial != prototype) {
                prototype.merge((C) partial);
            }
        }
    }

    /** Claims and runs units until none is left; on every thread, the caller first. */
    final void participate() {
        if (!enter()) {
            return;
        }
        long begin = System.nanoTime();
        long ran = 0;
        try {
            int slots = plan.slots();
            int blocks = plan.blocks();
            if (slots > 0) {
                for (long slot = next.next(); slot < slots; slot = next.next()) {
                    for (int b = (int) slot; b < blocks && b < failedBlock; b += slots) {
                        ran++;
                        if (!runOne(b)) {
                            break;
                        }
                    }
                }
            } else {
                for (long b = next.next(); b < blocks && b < failedBlock; b = next.next()) {
                    ran++;
                    if (!runOne((int) b)) {
                        break;
                    }
                }
            }
        } finally {
            busyNanos.addAndGet(System.nanoTime() - begin);
            if (ran > 0) {
                threadsUsed.incrementAndGet();
                blocksRun.addAndGet(ran);
            }
            leave();
        }
    }

    private boolean runOne(int b) {
        try {
            C chunk = b == 0 ? prototype : prototype.fresh();
            runBlock(chunk, plan.start(b), plan.end(b));
            partials[b] = chunk;
            return true;
        } catch (Throwable t) {
            fail(b, t);
            return false;
        }
    }

    private synchronized void fail(int block, Throwable t) {
        if (block < failedBlock) {
            failedBlock = block;
            failure = t;
        }
    }

    private boolean enter() {
        for (;;) {
            int s = state.get();
            if ((s & CLOSED) != 0) {
                return false;
            }
            if (state.compareAndSet(s, s + 1)) {
                return true;
            }
        }
    }

    private void leave() {
        if (state.decrementAndGet() == CLOSED) {
            LockSupport.unpark(caller);
        }
    }

    /** Closes the job to late helpers and waits for those still inside. */
    private void awaitOthers() {
        if (state.addAndGet(CLOSED) == CLOSED) {
            return;
        }
        boolean interrupted = false;
        for (int spins = 0; state.get() != CLOSED; ) {
            if (spins < SPINS) {
                spins++;
                Thread.onSpinWait();
            } else {
                LockSupport.park(this);
                interrupted |= Thread.interrupted();    // park returns at once while the flag is set
            }
        }
        if (interrupted) {
            caller.interrupt();
        }
    }

    /** A helper thread's share of a job. */
    private static final class Helper extends ForkJoinTask<Void> {
        private final LoopJob<?> job;

        Helper(LoopJob<?> job) {
            this.job = job;
        }

        @Override
        public Void getRawResult() {
            return null;
        }

        @Override
        protected void setRawResult(Void value) {
        }

        @Override
        protected boolean exec() {
            job.participate();
            return true;
        }
    }
}
