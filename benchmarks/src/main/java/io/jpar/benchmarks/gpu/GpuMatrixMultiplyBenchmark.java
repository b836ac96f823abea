package io.jpar.benchmarks.gpu;

import io.jpar.samples.MatrixMultiply;
import io.jpar.samples.gpu.GpuMatrixMultiply;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Matrix multiply on the device: two matrices in, one out, one work-item per element (a 2-D range). */
@State(Scope.Benchmark)
public class GpuMatrixMultiplyBenchmark extends GpuBenchmark {

    @Param("256")
    public int n;

    private double[][] a;
    private double[][] b;

    @Setup(Level.Trial)
    public void matrices() {
        a = MatrixMultiply.randomMatrix(n, n, 1L);
        b = MatrixMultiply.randomMatrix(n, n, 2L);
    }

    @Benchmark
    public double[][] jpar() {
        return GpuMatrixMultiply.multiply(a, b);
    }

    @Benchmark
    public double[][] byHand() {
        return handWritten().multiply(a, b);
    }
}
