package io.jpar.benchmarks.matrix;

import io.jpar.benchmarks.ComputeBenchmark;
import io.jpar.samples.MatrixMultiply;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Matrix multiply, square n x n: jpar's collapsed (i, j) loops against row-split hand-written versions. */
@State(Scope.Benchmark)
public class MatrixMultiplyBenchmark extends ComputeBenchmark {

    @Param("300")
    public int n;

    private double[][] a;
    private double[][] b;

    @Setup(Level.Trial)
    public void makeMatrices() {
        a = MatrixMultiply.randomMatrix(n, n, 1L);
        b = MatrixMultiply.randomMatrix(n, n, 2L);
    }

    @Benchmark
    public double[][] sequential() {
        return MatrixMultiplyByHand.sequential(a, b);
    }

    @Benchmark
    public double[][] jpar() {
        return MatrixMultiply.multiply(a, b);
    }

    @Benchmark
    public double[][] parallelStream() {
        return MatrixMultiplyByHand.parallelStream(a, b);
    }

    @Benchmark
    public double[][] forkJoin() {
        return MatrixMultiplyByHand.forkJoin(pool(), a, b);
    }
}
