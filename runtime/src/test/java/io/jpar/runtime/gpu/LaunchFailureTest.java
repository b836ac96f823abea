package io.jpar.runtime.gpu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jpar.runtime.LoopSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Kernels that cannot run: a clear exception naming the loop, the kernel and the OpenCL error; arrays untouched. */
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

    @Test
    void faultsThrowJavasExceptionsAndLeaveArraysAlone() {
        Kernel outOfBounds = TestKernels.oneLoop("scale_bounds", "int", "__global int* a, const int n",
                "if (i == 7 && atomic_cmpxchg(&jpar_fault[0], 0, 2) == 0) { jpar_fault[1] = i + 100; "
                        + "jpar_fault[2] = 10; } a[i] *= n;");
        int[] a = new int[10];
        java.util.Arrays.fill(a, 3);
        ArrayIndexOutOfBoundsException bounds = assertThrows(ArrayIndexOutOfBoundsException.class,
                () -> GpuLoops.forInt(TestKernels.site(), outOfBounds, 0, 10, 1, new Scale(a, 5)));
        assertEquals("Index 107 out of bounds for length 10", bounds.getMessage());
        Kernel divide = TestKernels.oneLoop("scale_divide", "int", "__global int* a, const int n",
                "if (n == 0) { atomic_cmpxchg(&jpar_fault[0], 0, 1); } else { a[i] /= n; }");
        ArithmeticException zero = assertThrows(ArithmeticException.class,
                () -> GpuLoops.forInt(TestKernels.site(), divide, 0, 10, 1, new Scale(a, 0)));
        assertEquals("/ by zero", zero.getMessage());
        int[] expected = new int[10];
        java.util.Arrays.fill(expected, 3);
        assertArrayEquals(expected, a, "nothing is copied back after a fault");
        GpuLoops.forInt(TestKernels.site(), divide, 0, 10, 1, new Scale(a, 3));
        assertEquals(1, a[9], "the next launch starts without the fault");
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
