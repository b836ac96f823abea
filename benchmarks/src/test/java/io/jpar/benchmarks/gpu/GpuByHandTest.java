package io.jpar.benchmarks.gpu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jpar.runtime.Jpar;
import io.jpar.samples.Comparison;
import io.jpar.samples.MatrixMultiply;
import io.jpar.samples.MidpointIntegration;
import io.jpar.samples.Verdict;
import io.jpar.samples.gpu.GpuMandelbrot;
import org.jocl.CL;
import org.jocl.CLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

/**
 * The hand-written JOCL kernels the GPU benchmarks race against compute what the sequential Java computes, on the
 * real OpenCL device (PoCL in CI): the race is fair.
 */
class GpuByHandTest {

    private static GpuByHand byHand;

    @BeforeAll
    static void openDevice() {
        String missing = missingOpenCl();
        if (missing != null) {
            System.out.println("GpuByHandTest skipped: " + missing);
        }
        Assumptions.assumeTrue(missing == null, missing);
        byHand = new GpuByHand();
    }

    @AfterAll
    static void closeDevice() {
        if (byHand != null) {
            byHand.close();
        }
    }

    @Test
    void midpointIsTheSequentialSumWithinReassociation() {
        int intervals = 1_000_003;
        double sequential = Jpar.sequential(() -> MidpointIntegration.integrate(intervals));
        Verdict verdict = Comparison.withinReassociation(intervals).compare(sequential, byHand.midpoint(intervals));
        assertTrue(verdict.agrees(), verdict.text());
    }

    @Test
    void matrixProductEqualsTheSequentialOne() {
        double[][] a = MatrixMultiply.randomMatrix(37, 23, 1L);
        double[][] b = MatrixMultiply.randomMatrix(23, 41, 2L);
        double[][] sequential = Jpar.sequential(() -> MatrixMultiply.multiply(a, b));
        assertEquals(Arrays.deepToString(sequential), Arrays.deepToString(byHand.multiply(a, b)));
    }

    @Test
    void mandelbrotEqualsTheSequentialPicture() {
        int[][] sequential = GpuMandelbrot.escapeStepsSequentially(53, 41, 300);
        assertEquals(Arrays.deepToString(sequential), Arrays.deepToString(byHand.mandelbrot(53, 41, 300)));
    }

    @Test
    void addOneAddsOne() {
        assertArrayEquals(new int[] {1, 8, -4}, byHand.addOne(new int[] {0, 7, -5}));
    }

    private static String missingOpenCl() {
        try {
            CL.setExceptionsEnabled(true);
            int[] platforms = new int[1];
            CL.clGetPlatformIDs(0, null, platforms);
            return platforms[0] > 0 ? null : "no OpenCL platform (install pocl-opencl-icd: scripts/prerequisites.sh)";
        } catch (LinkageError | CLException e) {
            return "no OpenCL library or platform (scripts/prerequisites.sh installs PoCL): " + e;
        }
    }
}
