package io.jpar.benchmarks.gpu;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.TimeUnit;

/** The re-launch cost of a cached kernel: a tiny kernel called again and again, jpar against the same by hand. */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class GpuRelaunchBenchmark extends GpuBenchmark {

    @Param("16")
    public int n;

    private int[] in;

    @Setup(Level.Trial)
    public void values() {
        in = new int[n];
        for (int i = 0; i < n; i++) {
            in[i] = i * 7;
        }
    }

    @Benchmark
    public int[] jpar() {
        return TinyGpu.addOne(in);
    }

    @Benchmark
    public int[] byHand() {
        return handWritten().addOne(in);
    }
}
