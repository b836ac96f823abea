package io.jpar.samples.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jpar.runtime.Jpar;
import io.jpar.samples.SideBySide;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The GPU samples on the real OpenCL device (PoCL in CI), with {@code jpar.fallback=error}: a kernel that did not
 * run on the device fails the test instead of passing on the CPU fallback.
 */
class GpuSamplesTest {

    private static boolean fallbackSet;
    private static String previousFallback;

    @BeforeAll
    static void requireDeviceAndNoFallback() {
        String missing = OpenClDevice.missingReason();
        if (missing != null) {
            System.out.println("GpuSamplesTest skipped: " + missing);
        }
        Assumptions.assumeTrue(missing == null, missing);
        previousFallback = System.setProperty("jpar.fallback", "error");
        fallbackSet = true;
    }

    @AfterAll
    static void restoreFallback() {
        if (!fallbackSet) {
            return;
        }
        if (previousFallback == null) {
            System.clearProperty("jpar.fallback");
        } else {
            System.setProperty("jpar.fallback", previousFallback);
        }
    }

    @Test
    void quickRunOnTheDeviceAgreesAndPrintsARowPerSample() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        boolean agree = GpuSamples.run(GpuSizes.QUICK, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String output = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(agree, output);
        for (SideBySide<?> workload : GpuSamples.workloads(GpuSizes.QUICK)) {
            assertTrue(output.lines().anyMatch(line -> line.startsWith(workload.name() + " ")
                    && line.contains(workload.size())), () -> workload.name() + " missing in\n" + output);
        }
        assertTrue(output.contains("all GPU results agree"), output);
    }

    @Test
    void mandelbrotOfAnOddSizeEqualsTheSequentialPicture() {
        // 37 x 23: neither dimension a multiple of any work-group size.
        int[][] device = GpuMandelbrot.escapeSteps(37, 23, 300);
        int[][] sequential = Jpar.sequential(() -> GpuMandelbrot.escapeStepsSequentially(37, 23, 300));
        assertEquals(Arrays.deepToString(sequential), Arrays.deepToString(device));
    }

    @Test
    void hashedPointsEstimatePiWithinFiveStandardDeviations() {
        int samples = 2_000_000;
        double estimate = 4.0 * GpuMonteCarloPi.countHits(samples, 7) / samples;
        // A hit is a Bernoulli trial with p = pi / 4: the estimate's standard deviation is 4 sqrt(p (1 - p) / n).
        double p = Math.PI / 4;
        double sigma = 4 * Math.sqrt(p * (1 - p) / samples);
        assertEquals(Math.PI, estimate, 5 * sigma);
    }
}
