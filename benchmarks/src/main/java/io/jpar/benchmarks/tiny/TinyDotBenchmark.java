package io.jpar.benchmarks.tiny;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.SplittableRandom;

/** A dot product of 64 doubles: a floating reduction too small to split. */
@State(Scope.Benchmark)
public class TinyDotBenchmark extends TinyBenchmark {

    @Param("64")
    public int length;

    private double[] x;
    private double[] y;

    @Setup(Level.Trial)
    public void makeVectors() {
        SplittableRandom random = new SplittableRandom(4L);
        x = random.doubles(length, -1.0, 1.0).toArray();
        y = random.doubles(length, -1.0, 1.0).toArray();
    }

    @Benchmark
    public double sequential() {
        return TinyLoopsByHand.dot(x, y);
    }

    @Benchmark
    public double jpar() {
        return TinyLoops.dot(x, y);
    }
}
