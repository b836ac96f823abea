package io.jpar.benchmarks.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jpar.launcher.Device;
import io.jpar.launcher.LaunchOptions;
import io.jpar.launcher.Launcher;
import io.jpar.samples.cluster.ClusterSamples;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The cluster benchmark's harness runs as a real job of two rank JVMs (a smoke run at small sizes: its numbers mean
 * nothing): every table is printed, the MPJ Allreduce probe meets on both ranks, and the cluster results equal the
 * sequential ones.
 */
class ClusterBenchmarkJobTest {

    @Test
    void quickRunPrintsBothTablesWithResultsEqualToSequential() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Launcher.run(new LaunchOptions().np(2).device(Device.NIODEV).timeoutSeconds(120)
                .classPath(String.join(File.pathSeparator, where(ClusterBenchmark.class), where(ClusterSamples.class),
                        where(io.jpar.runtime.Jpar.class), where(io.jpar.Parallel.class)))
                .jvmOption("-Djpar.threads=1")
                .mainClass(ClusterBenchmark.class.getName()).args(List.of("--quick"))
                .out(new PrintStream(out, true, StandardCharsets.UTF_8))
                .err(new PrintStream(err, true, StandardCharsets.UTF_8)));
        String printed = out.toString(StandardCharsets.UTF_8) + "--- err\n" + err.toString(StandardCharsets.UTF_8);
        assertEquals(0, exit, printed);
        assertTrue(printed.contains("Cluster job: 2 ranks, 1 thread(s) per rank"), printed);
        for (String row : List.of("| sum of primes |", "| Monte Carlo pi |", "| midpoint integration |",
                "| matrix multiply |", "| MPJ Express Allreduce of one double |", "| jpar call / Allreduce |")) {
            assertTrue(printed.contains(row), () -> row + " missing in\n" + printed);
        }
        assertTrue(printed.contains("all cluster results equal the sequential ones"), printed);
    }

    private static String where(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
