package io.jpar.runtime.gpu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jpar.runtime.LoopSite;
import io.jpar.runtime.Relation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Collapsed loops as a 2-D range, long indices, downward loops, strides, empty and tiny loops. */
class GpuIterationSpaceTest {

    @BeforeAll
    static void openCl() {
        OpenClHere.require();
    }


    static final Kernel COLLAPSED = TestKernels.collapsed("collapsed",
            "__global const int* a, const int a_cols, __global int* c, const int c_cols",
            "c[i * c_cols + j] = a[i * a_cols + j] * 2 + i - j; total = total + (long) a[i * a_cols + j] * (i + 1);",
            new String[] {"long", "total", "0", "a + b"});

    /** {@code collapse = 2}: {@code for (i = 1; i < rows; i += 2) for (j = cols - 1; j >= 0; j--) ...}. */
    static final class Collapsed extends GpuInt2Chunk<Collapsed> {
        final int[][] a;
        final int[][] c;
        long total;

        Collapsed(long total, int[][] a, int[][] c) {
            this.total = total;
            this.a = a;
            this.c = c;
        }

        @Override
        protected void run(int i, int from, int to) {
            long total = this.total;
            for (int j = from; j >= to; j--) {
                c[i][j] = a[i][j] * 2 + i - j;
                total += (long) a[i][j] * (i + 1);
            }
            this.total = total;
        }

        @Override
        protected void bind(KernelArgs k) {
            k.in(a);
            k.out(c);
            total = k.reduce(total, Op.ADD);
        }
    }

    static final Kernel LONG_INDEX = TestKernels.oneLoop("long_index", "long",
            "__global long* out, const long base",
            "out[(int) ((i - base) / 3)] = i * 7; sum = sum + i;",
            new String[] {"long", "sum", "0", "a + b"});

    /** {@code for (long i = last; i >= base; i -= 3) { out[(int) ((i - base) / 3)] = i * 7; sum += i; }}. */
    static final class LongIndex extends GpuLongChunk<LongIndex> {
        final long[] out;
        final long base;
        long sum;

        LongIndex(long sum, long[] out, long base) {
            this.sum = sum;
            this.out = out;
            this.base = base;
        }

        @Override
        protected void run(long from, long to) {
            long sum = this.sum;
            for (long i = from; i >= to; i -= 3) {
                out[(int) ((i - base) / 3)] = i * 7;
                sum += i;
            }
            this.sum = sum;
        }

        @Override
        protected void bind(KernelArgs k) {
            k.out(out);
            k.scalar(base);
            sum = k.reduce(sum, Op.ADD);
        }
    }

    @AfterEach
    void deviceDefault() {
        GpuContext.forceGpuShapes(false);
    }

    @ParameterizedTest(name = "{0} rows of {1}, GPU shapes {2}")
    @CsvSource({"1, 77, false", "2, 77, false", "3, 1, false", "9, 1000, false", "300, 77, false",
            "2, 77, true", "3, 1, true", "9, 1000, true", "300, 77, true"})
    void collapsedLoopIsATwoDimensionalRange(int rows, int cols, boolean gpuShapes) {
        GpuContext.forceGpuShapes(gpuShapes);
        int[][] a = new int[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                a[i][j] = i * 131 - j * 17;
            }
        }
        int[][] expectedC = new int[rows][cols];
        Collapsed expected = new Collapsed(11, a, expectedC);
        for (int i = 1; i < rows; i += 2) {
            expected.run(i, cols - 1, 0);
        }
        int[][] c = new int[rows][cols];
        LoopSite site = TestKernels.site(Relation.LT, Relation.GE);
        Collapsed gpu = GpuLoops.forInt2(site, COLLAPSED, 1, rows, 2, cols - 1, 0, -1, new Collapsed(11, a, c));
        assertEquals(expected.total, gpu.total);
        for (int i = 0; i < rows; i++) {
            assertArrayEquals(expectedC[i], c[i], "row " + i);
        }
        assertEquals(rows > 1 ? 1 : 0, site.calls(), "a collapsed loop without rows does not launch");
    }

    @Test
    void longIndexBeyondIntRangeDownward() {
        long base = 5_000_000_000L;
        int n = 10_001;
        long last = base + 3L * (n - 1);
        long[] expectedOut = new long[n];
        LongIndex expected = new LongIndex(-4, expectedOut, base);
        expected.run(last, base);
        long[] out = new long[n];
        LongIndex gpu = GpuLoops.forLong(TestKernels.site(Relation.GE), LONG_INDEX, last, base, -3,
                new LongIndex(-4, out, base));
        assertEquals(expected.sum, gpu.sum);
        assertArrayEquals(expectedOut, out);
    }

    @Test
    void emptyLoopReturnsThePrototypeAndLaunchesNothing() {
        LoopSite site = TestKernels.site();
        SaxpyTest.Saxpy prototype = new SaxpyTest.Saxpy(42f, new float[0], new float[0], 2f);
        assertSame(prototype, GpuLoops.forInt(site, SaxpyTest.SAXPY, 5, 5, 1, prototype));
        assertEquals(42f, prototype.sum);
        assertEquals(0, site.calls());
        LoopSite collapsed = TestKernels.site(Relation.LT, Relation.LT);
        Collapsed c = new Collapsed(7, new int[0][0], new int[0][0]);
        assertSame(c, GpuLoops.forInt2(collapsed, COLLAPSED, 0, 3, 1, 0, 0, 1, c));
        assertEquals(0, collapsed.calls());
    }

    @ParameterizedTest(name = "{0} iteration(s)")
    @ValueSource(ints = {1, 2, 3, 5, 17, 255, 257})
    void tinyLoopsRunOnTheDeviceAndEqualJava(int n) {
        float[] x = new float[n];
        float[] y = new float[n];
        float[] expectedY = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = i + 1;
            y[i] = expectedY[i] = 10 - i;
        }
        SaxpyTest.Saxpy expected = new SaxpyTest.Saxpy(0.5f, x, expectedY, 3f);
        expected.run(0, n);
        LoopSite site = TestKernels.site();
        SaxpyTest.Saxpy gpu = GpuLoops.forInt(site, SaxpyTest.SAXPY, 0, n, 1, new SaxpyTest.Saxpy(0.5f, x, y, 3f));
        assertArrayEquals(expectedY, y);
        assertEquals(expected.sum, gpu.sum, "small integers: every order sums them exactly");
        assertEquals(1, site.calls());
        assertEquals(0, site.inlineCalls());
    }

    static final Kernel FILL = TestKernels.oneLoop("fill", "int", "__global int* a", "a[i] = 1;");

    /** {@code for (int i = 0; i < a.length; i += st) a[i] = 1;}: the chunk keeps the user's update. */
    static final class Fill extends GpuIntChunk<Fill> {
        final int[] a;
        final int st;

        Fill(int[] a, int st) {
            this.a = a;
            this.st = st;
        }

        @Override
        protected void run(int from, int to) {
            for (int i = from; i < to; i += st) {
                a[i] = 1;
            }
        }

        @Override
        protected void bind(KernelArgs k) {
            k.out(a);
        }
    }

    @Test
    void aLoopWhoseTripsCannotBeCountedRunsAsTheSequentialLoopOnTheCpu() {
        int[] expected = new int[10];
        ArrayIndexOutOfBoundsException sequential = assertThrows(ArrayIndexOutOfBoundsException.class, () -> {
            for (int i = 0; i < expected.length; i += -1) {
                expected[i] = 1;
            }
        });
        int[] a = new int[10];
        LoopSite site = TestKernels.site();
        ArrayIndexOutOfBoundsException e = assertThrows(ArrayIndexOutOfBoundsException.class,
                () -> GpuLoops.forInt(site, FILL, 0, a.length, -1, new Fill(a, -1)));
        assertEquals(sequential.getMessage(), e.getMessage());
        assertArrayEquals(expected, a);
        assertEquals(0, site.calls(), "nothing was launched");
        // the same loop with a step it can count fills every other element on the device
        int[] b = new int[10];
        LoopSite counted = TestKernels.site();
        GpuLoops.forInt(counted, FILL, 0, b.length, 2, new Fill(b, 2));
        assertArrayEquals(new int[] {1, 0, 1, 0, 1, 0, 1, 0, 1, 0}, b);
        assertEquals(1, counted.calls());
    }
}
