package io.jpar.benchmarks.gpu;

import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * What the GPU benchmarks share: the settings and the hand-written JOCL program they are measured against.
 * {@code jpar.fallback=error}: where jpar could not run a kernel on the device the benchmark fails, instead of
 * timing the CPU fallback under the GPU's name. Both versions run on the same device, PoCL where there is no GPU.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Djpar.fallback=error", "--enable-native-access=ALL-UNNAMED"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public abstract class GpuBenchmark {

    private GpuByHand byHand;

    @Setup(Level.Trial)
    public void buildHandWrittenKernels() {
        byHand = new GpuByHand();
    }

    @TearDown(Level.Trial)
    public void releaseHandWrittenKernels() {
        byHand.close();
    }

    protected GpuByHand handWritten() {
        return byHand;
    }
}
