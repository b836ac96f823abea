package io.jpar.benchmarks.pi;

import io.jpar.benchmarks.ComputeBenchmark;
import io.jpar.samples.MonteCarloPi;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Monte Carlo pi: a counting reduction over a long index, with a fresh generator per point. */
@State(Scope.Benchmark)
public class MonteCarloPiBenchmark extends ComputeBenchmark {

    private static final long SEED = 42L;

    @Param("5000000")
    public long samples;

    @Benchmark
    public long sequential() {
        return MonteCarloPiByHand.sequential(samples, SEED);
    }

    @Benchmark
    public long jpar() {
        return MonteCarloPi.countHits(samples, SEED);
    }

    @Benchmark
    public long parallelStream() {
        return MonteCarloPiByHand.parallelStream(samples, SEED);
    }

    @Benchmark
    public long forkJoin() {
        return MonteCarloPiByHand.forkJoin(pool(), samples, SEED);
    }
}
