package io.jpar.benchmarks.primes;

import io.jpar.benchmarks.ComputeBenchmark;
import io.jpar.samples.SumPrimes;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Sum of primes below n (uneven work): jpar's dynamic schedule against the hand-written versions. */
@State(Scope.Benchmark)
public class SumPrimesBenchmark extends ComputeBenchmark {

    @Param("500000")
    public int n;

    @Benchmark
    public long sequential() {
        return SumPrimesByHand.sequential(n);
    }

    @Benchmark
    public long jpar() {
        return SumPrimes.sumPrimes(n);
    }

    @Benchmark
    public long parallelStream() {
        return SumPrimesByHand.parallelStream(n);
    }

    @Benchmark
    public long forkJoin() {
        return SumPrimesByHand.forkJoin(pool(), n);
    }
}
