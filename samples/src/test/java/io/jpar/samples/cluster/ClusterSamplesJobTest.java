package io.jpar.samples.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jpar.launcher.Device;
import io.jpar.launcher.LaunchOptions;
import io.jpar.launcher.Launcher;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The cluster samples as real jobs of MPJ Express started by jpar's launcher: separate JVMs (niodev) and threads of
 * one JVM (multicore), each sample's result compared with the sequential one inside the job.
 */
class ClusterSamplesJobTest {

    @Test
    void everySampleOnThreeRankJvmsAgreesWithTheSequentialResult() {
        Job job = run(Device.NIODEV, 3, ClusterSamples.class, "--quick");
        assertEquals(0, job.exit(), job::toString);
        assertTrue(job.out().contains("jpar cluster samples: a cluster job, 1 thread(s) per rank"), job::toString);
        for (String sample : List.of("sum of primes", "Monte Carlo pi", "midpoint integration", "matrix multiply")) {
            assertTrue(job.out().lines().anyMatch(line -> line.startsWith(sample + " ")), () -> sample + " in " + job);
        }
        assertTrue(job.out().contains("all cluster results agree with the sequential ones"), job::toString);
    }

    @Test
    void matrixMultiplyAsItsOwnProgramOnMulticoreRanks() {
        Job job = run(Device.MULTICORE, 2, ClusterMatrixMultiply.class, "90");
        assertEquals(0, job.exit(), job::toString);
        assertTrue(job.out().contains("90 x 90 product"), job::toString);
        assertTrue(job.out().contains("equal to the sequential result"), job::toString);
    }

    private record Job(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    private static Job run(Device device, int ranks, Class<?> main, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        LaunchOptions options = new LaunchOptions().np(ranks).device(device).timeoutSeconds(120)
                .classPath(String.join(File.pathSeparator, where(main), where(io.jpar.runtime.Jpar.class),
                        where(io.jpar.Parallel.class)))
                .jvmOption("-Djpar.threads=1")
                .mainClass(main.getName()).args(List.of(args))
                .out(new PrintStream(out, true, StandardCharsets.UTF_8))
                .err(new PrintStream(err, true, StandardCharsets.UTF_8));
        int exit = Launcher.run(options);
        return new Job(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The class path entry (folder or jar) that holds {@code type}. */
    private static String where(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
