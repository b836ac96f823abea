package io.jpar.benchmarks.objects;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/** Loops writing fields of array elements ({@code p[i].x += ...}): sequential against jpar, with its distinctness check. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ParticleBenchmark {

    @Param({"100000", "1000000"})
    public int particles;

    private Particle[] p;

    @Setup(Level.Trial)
    public void makeParticles() {
        p = Particle.many(particles);
    }

    @Benchmark
    public Particle[] driftSequential() {
        ParticleLoopsByHand.drift(p, 1e-3);
        return p;
    }

    @Benchmark
    public Particle[] driftJpar() {
        ParticleLoops.drift(p, 1e-3);
        return p;
    }

    @Benchmark
    public Particle[] springSequential() {
        ParticleLoopsByHand.spring(p, 1e-3);
        return p;
    }

    @Benchmark
    public Particle[] springJpar() {
        ParticleLoops.spring(p, 1e-3);
        return p;
    }
}
