package io.jpar.runtime.gpu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jpar.runtime.Config;
import io.jpar.runtime.Jpar;
import io.jpar.runtime.LoopSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The overlap check of the {@code written, read} overloads, one array bound twice, and nested GPU loops. */
class AliasingAndNestingTest {

    @BeforeAll
    static void openCl() {
        OpenClHere.require();
    }


    static final Kernel SHIFT = TestKernels.oneLoop("shift", "int",
            "__global const int* src, __global int* dst", "dst[i] = src[i + 1] + 1;");

    /** {@code for (i..) dst[i] = src[i + 1] + 1;}: a loop-carried dependence when src and dst are one array. */
    static final class Shift extends GpuIntChunk<Shift> {
        final int[] src;
        final int[] dst;

        Shift(int[] src, int[] dst) {
            this.src = src;
            this.dst = dst;
        }

        @Override
        protected void run(int from, int to) {
            for (int i = from; i < to; i++) {
                dst[i] = src[i + 1] + 1;
            }
        }

        @Override
        protected void bind(KernelArgs k) {
            k.in(src);
            k.out(dst);
        }
    }

    static final Kernel TWICE = TestKernels.oneLoop("twice", "int",
            "__global const int* a, __global int* b", "b[i] = a[i] * 2 + (int) get_global_id(0) * 0;");

    /** {@code for (i..) b[i] = a[i] * 2;}: right at every index also when a and b are one array. */
    static final class Twice extends GpuIntChunk<Twice> {
        final int[] a;
        final int[] b;

        Twice(int[] a, int[] b) {
            this.a = a;
            this.b = b;
        }

        @Override
        protected void run(int from, int to) {
            for (int i = from; i < to; i++) {
                b[i] = a[i] * 2;
            }
        }

        @Override
        protected void bind(KernelArgs k) {
            k.in(a);
            k.out(b);
        }
    }

    @Test
    void overlappingArraysRunSequentiallyOnTheCpuWithOneWarning() {
        int n = 1000;
        int[] a = new int[n + 1];
        int[] expected = new int[n + 1];
        for (int i = 0; i <= n; i++) {
            a[i] = expected[i] = i;
        }
        new Shift(expected, expected).run(0, n);
        LoopSite site = TestKernels.site();
        String err = StdErr.during(() -> {
            for (int call = 0; call < 2; call++) {
                int[] copy = a.clone();
                GpuLoops.forInt(site, SHIFT, 0, n, 1, new Shift(copy, copy), new Object[] {copy}, new Object[] {copy});
                assertArrayEquals(expected, copy);
            }
        });
        assertEquals("jpar: warning: " + site + ": arrays passed to the loop overlap (written array 1 and read array "
                + "1 are the same int[1001]); ran it sequentially on the CPU", err.strip());
        assertEquals(2, site.inlineCalls());
    }

    @Test
    void overlapWithFallbackErrorIsAnException() {
        int[] a = new int[11];
        String old = System.getProperty(Config.FALLBACK_PROPERTY);
        System.setProperty(Config.FALLBACK_PROPERTY, "error");
        try {
            LoopSite site = TestKernels.site();
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> GpuLoops.forInt(site, SHIFT, 0, 10,
                    1, new Shift(a, a), new Object[] {a}, new Object[] {a}));
            assertTrue(e.getMessage().endsWith("not falling back because jpar.fallback=error"), e.getMessage());
        } finally {
            if (old == null) {
                System.clearProperty(Config.FALLBACK_PROPERTY);
            } else {
                System.setProperty(Config.FALLBACK_PROPERTY, old);
            }
        }
    }

    @Test
    void distinctArraysPassTheOverlapCheckAndRunOnTheDevice() {
        int[] src = new int[101];
        int[] dst = new int[100];
        for (int i = 0; i < src.length; i++) {
            src[i] = i * i;
        }
        LoopSite site = TestKernels.site();
        GpuLoops.forInt(site, SHIFT, 0, 100, 1, new Shift(src, dst), new Object[] {dst}, new Object[] {src});
        for (int i = 0; i < 100; i++) {
            assertEquals((i + 1) * (i + 1) + 1, dst[i]);
        }
        assertEquals(0, site.inlineCalls());
        assertEquals(1, site.calls());
    }

    @Test
    void oneArrayBoundTwiceIsOneDeviceBuffer() {
        for (boolean zeroCopy : new boolean[] {true, false}) {
            GpuContext.forceZeroCopy(zeroCopy);
            try {
                int[] a = new int[500];
                for (int i = 0; i < a.length; i++) {
                    a[i] = i - 250;
                }
                GpuLoops.forInt(TestKernels.site(), TWICE, 0, 500, 2, new Twice(a, a));
                for (int i = 0; i < a.length; i++) {
                    assertEquals(i % 2 == 0 ? (i - 250) * 2 : i - 250, a[i], "element " + i);
                }
            } finally {
                GpuContext.forceZeroCopy(null);
            }
        }
    }

    @Test
    void gpuLoopInsideSequentialRunsInlineOnTheCpu() {
        int[] a = {1, 2, 3, 4};
        int[] b = new int[4];
        LoopSite site = TestKernels.site();
        Jpar.sequential(() -> GpuLoops.forInt(site, TWICE, 0, 4, 1, new Twice(a, b)));
        assertArrayEquals(new int[] {2, 4, 6, 8}, b);
        assertEquals(1, site.inlineCalls());
    }
}
