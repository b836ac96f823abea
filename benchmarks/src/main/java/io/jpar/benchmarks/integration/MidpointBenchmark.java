package io.jpar.benchmarks.integration;

import io.jpar.benchmarks.ComputeBenchmark;
import io.jpar.samples.MidpointIntegration;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Midpoint integration: a floating-point sum reduction with a division per term. */
@State(Scope.Benchmark)
public class MidpointBenchmark extends ComputeBenchmark {

    @Param("30000000")
    public int intervals;

    @Benchmark
    public double sequential() {
        return MidpointByHand.sequential(intervals);
    }

    @Benchmark
    public double jpar() {
        return MidpointIntegration.integrate(intervals);
    }

    @Benchmark
    public double parallelStream() {
        return MidpointByHand.parallelStream(intervals);
    }

    @Benchmark
    public double forkJoin() {
        return MidpointByHand.forkJoin(pool(), intervals);
    }
}
