package io.jpar.benchmarks.gpu;

import io.jpar.samples.gpu.GpuMandelbrot;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** The Mandelbrot set on the device: compute-bound, one int per pixel out, uneven work per work-item. */
@State(Scope.Benchmark)
public class GpuMandelbrotBenchmark extends GpuBenchmark {

    @Param("320")
    public int width;

    @Param("500")
    public int maxSteps;

    @Benchmark
    public int[][] jpar() {
        return GpuMandelbrot.escapeSteps(width, width * 4 / 5, maxSteps);
    }

    @Benchmark
    public int[][] byHand() {
        return handWritten().mandelbrot(width, width * 4 / 5, maxSteps);
    }
}
