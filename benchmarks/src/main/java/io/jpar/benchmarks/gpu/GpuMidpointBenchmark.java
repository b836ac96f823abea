package io.jpar.benchmarks.gpu;

import io.jpar.samples.gpu.GpuMidpointIntegration;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Midpoint integration on the device: a double reduction, one partial per work-group. */
@State(Scope.Benchmark)
public class GpuMidpointBenchmark extends GpuBenchmark {

    @Param("20000000")
    public int intervals;

    @Benchmark
    public double jpar() {
        return GpuMidpointIntegration.integrate(intervals);
    }

    @Benchmark
    public double byHand() {
        return handWritten().midpoint(intervals);
    }
}
