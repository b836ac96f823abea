package io.jpar.benchmarks;

import io.jpar.runtime.Jpar;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;

/**
 * What the compute-bound benchmarks share: the settings (also when run through JMH's own main) and the pool of
 * the hand-written ForkJoin versions, with as many threads as jpar uses, so both divide the same cores.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public abstract class ComputeBenchmark {

    private ForkJoinPool pool;

    @Setup(Level.Trial)
    public void startPool() {
        pool = new ForkJoinPool(Jpar.threads());
    }

    @TearDown(Level.Trial)
    public void stopPool() {
        pool.shutdown();
    }

    protected ForkJoinPool pool() {
        return pool;
    }
}
