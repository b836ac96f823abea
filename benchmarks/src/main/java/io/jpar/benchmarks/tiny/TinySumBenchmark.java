package io.jpar.benchmarks.tiny;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.SplittableRandom;

/** The sum of a thousand ints: what an annotated loop too small to split costs over the plain loop. */
@State(Scope.Benchmark)
public class TinySumBenchmark extends TinyBenchmark {

    @Param("1000")
    public int length;

    private int[] values;

    @Setup(Level.Trial)
    public void makeValues() {
        values = new SplittableRandom(3L).ints(length, -1_000, 1_000).toArray();
    }

    @Benchmark
    public long sequential() {
        return TinyLoopsByHand.sum(values);
    }

    @Benchmark
    public long jpar() {
        return TinyLoops.sum(values);
    }
}
