package io.jpar.runtime.cpu;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * jpar's one thread pool: a {@link ForkJoinPool} of daemon threads named {@code jpar-cpu-N}, made on first
 * use, so that a program that never runs a loop in parallel starts no thread and one that does never waits
 * for them at exit. Its parallelism is at least the number of processors; a loop that asks for more threads
 * gets a larger pool that replaces this one (the old one's idle threads end on their own).
 */
final class CpuPool {

    private static final AtomicInteger NUMBER = new AtomicInteger();
    private static volatile ForkJoinPool pool;

    private CpuPool() {
    }

    /** A worker of a jpar pool: a loop started on one runs inline. */
    static final class Worker extends ForkJoinWorkerThread {
        Worker(ForkJoinPool pool) {
            super(pool);
            setName("jpar-cpu-" + NUMBER.incrementAndGet());
            setDaemon(true);
        }
    }

    /** Whether {@code thread} is a worker of a jpar pool. */
    static boolean isWorker(Thread thread) {
        return thread instanceof Worker;
    }

    /** The pool, with room for at least {@code helpers} threads beside the caller. */
    static ForkJoinPool forHelpers(int helpers) {
        ForkJoinPool current = pool;
        if (current != null && current.getParallelism() >= helpers) {
            return current;
        }
        synchronized (CpuPool.class) {
            current = pool;
            if (current == null || current.getParallelism() < helpers) {
                int parallelism = Math.max(helpers, Runtime.getRuntime().availableProcessors());
                current = new ForkJoinPool(parallelism, Worker::new, null, true);
                pool = current;
            }
            return current;
        }
    }
}
