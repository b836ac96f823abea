package io.jpar.runtime.gpu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jpar.runtime.LoopSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Rectangular 2-D arrays (flattened row-major, column count after the array), and the ones that cannot be. */
class MatrixTest {

    @BeforeAll
    static void openCl() {
        OpenClHere.require();
    }


    static final Kernel MULTIPLY = TestKernels.oneLoop("multiply", "int",
            "__global const double* a, const int a_cols, __global const double* b, const int b_cols, "
                    + "__global double* c, const int c_cols",
            "for (int j = 0; j < c_cols; j++) { double s = 0.0; "
                    + "for (int k = 0; k < a_cols; k++) { s = s + a[i * a_cols + k] * b[k * b_cols + j]; } "
                    + "c[i * c_cols + j] = s; }");

    /** {@code for (i..) for (j..) { double s = 0; for (k..) s += a[i][k] * b[k][j]; c[i][j] = s; }}. */
    static final class Multiply extends GpuIntChunk<Multiply> {
        final double[][] a;
        final double[][] b;
        final double[][] c;

        Multiply(double[][] a, double[][] b, double[][] c) {
            this.a = a;
            this.b = b;
            this.c = c;
        }

        @Override
        protected void run(int from, int to) {
            for (int i = from; i < to; i++) {
                for (int j = 0; j < c[i].length; j++) {
                    double s = 0;
                    for (int k = 0; k < a[i].length; k++) {
                        s += a[i][k] * b[k][j];
                    }
                    c[i][j] = s;
                }
            }
        }

        @Override
        protected void bind(KernelArgs k) {
            k.in(a);
            k.in(b);
            k.out(c);
        }
    }

    static final Kernel FLAGS = TestKernels.oneLoop("flags", "int",
            "__global int* m, const int m_cols, __global uchar* f, const int f_cols",
            "for (int j = 0; j < m_cols; j++) { m[i * m_cols + j] = m[i * m_cols + j] * 2 + j; "
                    + "f[i * f_cols + j] = (m[i * m_cols + j] & 4) != 0; }");

    /** {@code for (i..) for (j..) { m[i][j] = m[i][j] * 2 + j; f[i][j] = (m[i][j] & 4) != 0; }}. */
    static final class Flags extends GpuIntChunk<Flags> {
        final int[][] m;
        final boolean[][] f;

        Flags(int[][] m, boolean[][] f) {
            this.m = m;
            this.f = f;
        }

        @Override
        protected void run(int from, int to) {
            for (int i = from; i < to; i++) {
                for (int j = 0; j < m[i].length; j++) {
                    m[i][j] = m[i][j] * 2 + j;
                    f[i][j] = (m[i][j] & 4) != 0;
                }
            }
        }

        @Override
        protected void bind(KernelArgs k) {
            k.inOut(m);
            k.out(f);
        }
    }

    @AfterEach
    void deviceDefault() {
        GpuContext.forceZeroCopy(null);
    }

    static double[][] matrix(int rows, int cols, int seed) {
        double[][] m = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                m[i][j] = ((i * 31 + j * 17 + seed) % 23) / 7.0 - 1.5;
            }
        }
        return m;
    }

    @ParameterizedTest(name = "zero-copy {0}")
    @ValueSource(booleans = {true, false})
    void matrixMultiplyEqualsJava(boolean zeroCopy) throws Exception {
        GpuContext.get();
        GpuContext.forceZeroCopy(zeroCopy);
        double[][] a = matrix(37, 23, 1);
        double[][] b = matrix(23, 41, 2);
        double[][] expected = new double[37][41];
        new Multiply(a, b, expected).run(0, 37);
        double[][] c = new double[37][41];
        GpuLoops.forInt(TestKernels.site(), MULTIPLY, 0, 37, 1, new Multiply(a, b, c));
        for (int i = 0; i < 37; i++) {
            assertArrayEquals(expected[i], c[i], "row " + i);
        }
    }

    @ParameterizedTest(name = "zero-copy {0}")
    @ValueSource(booleans = {true, false})
    void intAndBooleanMatricesInOutAndOut(boolean zeroCopy) throws Exception {
        GpuContext.get();
        GpuContext.forceZeroCopy(zeroCopy);
        int[][] m = new int[19][13];
        int[][] expectedM = new int[19][13];
        for (int i = 0; i < 19; i++) {
            for (int j = 0; j < 13; j++) {
                m[i][j] = expectedM[i][j] = i * 1000 + j * 7 - 50;
            }
        }
        boolean[][] f = new boolean[19][13];
        boolean[][] expectedF = new boolean[19][13];
        new Flags(expectedM, expectedF).run(0, 19);
        GpuLoops.forInt(TestKernels.site(), FLAGS, 0, 19, 1, new Flags(m, f));
        for (int i = 0; i < 19; i++) {
            assertArrayEquals(expectedM[i], m[i], "row " + i);
            assertArrayEquals(expectedF[i], f[i], "row " + i);
        }
    }

    @Test
    void raggedArrayIsAClearErrorNamingTheRow() {
        double[][] a = matrix(4, 5, 1);
        a[2] = new double[4];
        double[][] c = new double[4][5];
        LoopSite site = TestKernels.site();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GpuLoops.forInt(site, MULTIPLY, 0, 4, 1, new Multiply(a, matrix(5, 5, 2), c)));
        assertEquals("jpar: " + site + " (kernel multiply): array `a` (double[4][]) is not rectangular: row 2 has "
                + "4 columns, row 0 has 5; a GPU loop needs rectangular 2-D arrays", e.getMessage());
        double[][] b = matrix(5, 5, 2);
        b[1] = null;
        e = assertThrows(IllegalArgumentException.class,
                () -> GpuLoops.forInt(site, MULTIPLY, 0, 4, 1, new Multiply(matrix(4, 5, 1), b, c)));
        assertTrue(e.getMessage().contains("array `b` (double[5][]) is not rectangular: row 1 is null"),
                e.getMessage());
    }

    @Test
    void writtenRowsThatAreOneArrayRunOnTheCpuWithOneWarning() {
        int[] shared = new int[3];
        int[][] m = {shared, shared, new int[3]};
        int[][] expected = {new int[3], null, new int[3]};
        expected[1] = expected[0];
        boolean[][] f = new boolean[3][3];
        new Flags(expected, new boolean[3][3]).run(0, 3);
        LoopSite site = TestKernels.site();
        String err = StdErr.during(() -> {
            GpuLoops.forInt(site, FLAGS, 0, 3, 1, new Flags(m, f));
            GpuLoops.forInt(site, FLAGS, 0, 0, 1, new Flags(m, f));
        });
        assertArrayEquals(expected[0], m[0]);
        assertArrayEquals(expected[2], m[2]);
        assertEquals("jpar: warning: " + site + ": row 1 of `m` is row 0 of `m`: a device buffer cannot share "
                + "storage; ran it on the CPU", err.strip());
    }
}
