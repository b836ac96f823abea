package io.jpar.runtime.gpu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jpar.runtime.LoopSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Kernels that cannot run: a clear exception naming the loop, the kernel and the OpenCL error; arrays untouched.
 * Kernels that flag what Java throws: the loop again as the sequential loop, with its writes and its exception.
 */
class LaunchFailureTest {

    @BeforeAll
    static void openCl() {
        OpenClHere.require();
    }


    /** Binds {@code a} and an int scalar {@code n}; the kernels below disagree with it in different ways. */
    static final class Scale extends GpuIntChunk<Scale> {
        final int[] a;
        final int n;

        Scale(int[] a, int n) {
            this.a = a;
            this.n = n;
        }

        @Override
        protected void run(int from, int to) {
            for (int i = from; i < to; i++) {
                a[i] *= n;
            }
        }

        @Override
        protected void bind(KernelArgs k) {
            k.inOut(a);
            k.scalar(n);
        }
    }

    @Test
    void openClErrorAtLaunchNamesKernelAndErrorAndLeavesArraysAlone() {
        Kernel wrongSize = TestKernels.oneLoop("scale_long", "int", "__global int* a, const long n",
                "a[i] = a[i] * (int) n;");
        int[] a = {1, 2, 3};
        LoopSite site = TestKernels.site();
        GpuException e = assertThrows(GpuException.class,
                () -> GpuLoops.forInt(site, wrongSize, 0, 3, 1, new Scale(a, 5)));
        assertTrue(e.getMessage().startsWith("jpar: " + site + " (kernel scale_long): kernel scale_long failed on "),
                e.getMessage());
        assertTrue(e.getMessage().endsWith(": CL_INVALID_ARG_SIZE (setting parameter `n`)"), e.getMessage());
        assertArrayEquals(new int[] {1, 2, 3}, a);
    }

    @Test
    void parameterCountMismatchIsAJparBug() {
        Kernel missing = TestKernels.oneLoop("scale_missing", "int", "__global int* a", "a[i] = a[i] * 2;");
        GpuException e = assertThrows(GpuException.class,
                () -> GpuLoops.forInt(TestKernels.site(), missing, 0, 3, 1, new Scale(new int[3], 5)));
        assertTrue(e.getMessage().startsWith("jpar bug: "), e.getMessage());
        assertTrue(e.getMessage().endsWith("kernel scale_missing has 5 parameters but its loop gives 6 (3 for the "
                + "bounds, 2 bound values, 0 reductions, jpar_fault)"), e.getMessage());
    }

    @Test
    void buildErrorIsAJparBugWithTheBuildLog() {
        Kernel broken = TestKernels.oneLoop("scale_broken", "int", "__global int* a, const int n",
                "a[i] = a[i] * n + undeclared_name;");
        int[] a = {1, 2, 3};
        for (int attempt = 0; attempt < 2; attempt++) {
            long builds = GpuContext.builds();
            GpuException e = assertThrows(GpuException.class,
                    () -> GpuLoops.forInt(TestKernels.site(), broken, 0, 3, 1, new Scale(a, 5)));
            assertTrue(e.getMessage().startsWith("jpar bug: the OpenCL kernel scale_broken that jpar generated does "
                    + "not build on "), e.getMessage());
            assertTrue(e.getMessage().contains("undeclared_name"), "the build log: " + e.getMessage());
            assertEquals(attempt == 0 ? builds + 1 : builds, GpuContext.builds(), "a failed build is not retried");
        }
        assertArrayEquals(new int[] {1, 2, 3}, a);
    }

    /** {@code for (i ..) a[i] = 100 / d[i] + e[i];}: in Java, / by zero at d[i] == 0, or e's index past its end. */
    static final class Quotient extends GpuIntChunk<Quotient> {
        final int[] a;
        final int[] d;
        final int[] e;

        Quotient(int[] a, int[] d, int[] e) {
            this.a = a;
            this.d = d;
            this.e = e;
        }

        @Override
        protected void run(int from, int to) {
            for (int i = from; i < to; i++) {
                a[i] = 100 / d[i] + e[i];
            }
        }

        @Override
        protected void bind(KernelArgs k) {
            k.inOut(a);
            k.in(d);
            k.in(e);
        }
    }

    @Test
    void aFaultRunsTheLoopAgainAsTheSequentialLoop() {
        // the device's first flag is the index past e's end at i = 8; the sequential loop fails first, at i = 3
        Kernel lateFirst = TestKernels.oneLoop("quotient_late", "int",
                "__global int* a, __global const int* d, __global const int* e",
                "if (i == 8) { if (atomic_cmpxchg(&jpar_fault[0], 0, 2) == 0) { jpar_fault[1] = 8; jpar_fault[2] = 8; } }"
                        + " else if (d[i] != 0) { a[i] = 100 / d[i] + e[i]; }");
        int[] d = {5, 5, 5, 0, 5, 5, 5, 5, 5, 5};
        int[] e = new int[8];
        int[] expected = new int[10];
        ArithmeticException sequential = assertThrows(ArithmeticException.class, () -> {
            for (int i = 0; i < 10; i++) {
                expected[i] = 100 / d[i] + e[i];
            }
        });
        int[] a = new int[10];
        LoopSite site = TestKernels.site();
        long builds = GpuContext.builds();
        ArithmeticException zero = assertThrows(ArithmeticException.class,
                () -> GpuLoops.forInt(site, lateFirst, 0, 10, 1, new Quotient(a, d, e)));
        assertEquals(sequential.getMessage(), zero.getMessage());
        assertArrayEquals(expected, a, "the sequential loop's writes before the failing iteration");
        assertArrayEquals(new int[] {20, 20, 20, 0, 0, 0, 0, 0, 0, 0}, a);
        StackTraceElement top = zero.getStackTrace()[0];
        assertEquals(Quotient.class.getName() + ".run", top.getClassName() + "." + top.getMethodName(),
                "the top frame is the loop's line, not jpar's runtime");
        assertEquals(builds + 1, GpuContext.builds(), "the kernel was built and ran on the device first");

        // no zero divisor: the device flags e's end at i = 8, and so does Java, after writing a[0..7]
        int[] ok = {5, 5, 5, 4, 5, 5, 5, 5, 5, 5};
        int[] b = new int[10];
        ArrayIndexOutOfBoundsException bounds = assertThrows(ArrayIndexOutOfBoundsException.class,
                () -> GpuLoops.forInt(TestKernels.site(), lateFirst, 0, 10, 1, new Quotient(b, ok, e)));
        assertEquals("Index 8 out of bounds for length 8", bounds.getMessage());
        assertArrayEquals(new int[] {20, 20, 20, 25, 20, 20, 20, 20, 0, 0}, b);

        int[] c = new int[8];
        GpuLoops.forInt(TestKernels.site(), lateFirst, 0, 8, 1, new Quotient(c, ok, e));
        assertArrayEquals(new int[] {20, 20, 20, 25, 20, 20, 20, 20}, c, "the next launch starts without the fault");
    }

    @Test
    void aFaultThatJavaDoesNotThrowIsReportedAsAJparBugWithJavasResult() {
        Kernel lying = TestKernels.oneLoop("scale_lying", "int", "__global int* a, const int n",
                "if (i == 7 && atomic_cmpxchg(&jpar_fault[0], 0, 2) == 0) { jpar_fault[1] = i + 100; "
                        + "jpar_fault[2] = 10; } a[i] *= n;");
        int[] a = new int[10];
        java.util.Arrays.fill(a, 3);
        java.io.PrintStream err = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        LoopSite site = TestKernels.site();
        try {
            System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
            GpuLoops.forInt(site, lying, 0, 10, 1, new Scale(a, 5));
        } finally {
            System.setErr(err);
        }
        int[] expected = new int[10];
        java.util.Arrays.fill(expected, 15);
        assertArrayEquals(expected, a, "Java's result");
        String warning = captured.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(warning.contains(site + ": jpar bug: the kernel reported java.lang.ArrayIndexOutOfBoundsException: "
                + "Index 107 out of bounds for length 10, which the loop does not throw in Java"), warning);
    }

    @Test
    void wrongKernelNameIsAJparBug() {
        Kernel named = TestKernels.oneLoop("scale_named", "int", "__global int* a, const int n", "a[i] *= n;");
        Kernel renamed = new Kernel("scale_other", named.source());
        GpuException e = assertThrows(GpuException.class,
                () -> GpuLoops.forInt(TestKernels.site(), renamed, 0, 3, 1, new Scale(new int[3], 5)));
        assertTrue(e.getMessage().startsWith("jpar bug: the OpenCL source of kernel scale_other defines no __kernel"),
                e.getMessage());
    }
}
