package demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The kernels on the device (jpar.fallback=error: no silent CPU run) against plain Java loops. */
class SaxpyTest {

    @Test
    void saxpyEqualsJava() {
        int n = 10_007;
        float[] x = new float[n];
        float[] y = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = i * 0.25f;
            y[i] = 1_000 - i;
        }
        float[] out = new float[n];
        Saxpy.saxpy(1.5f, x, y, out);
        float[] expected = new float[n];
        for (int i = 0; i < n; i++) {
            expected[i] = 1.5f * x[i] + y[i];
        }
        assertArrayEquals(expected, out);
    }

    @Test
    void sumOfSquaresEqualsJava() {
        int[] values = new int[100_003];
        long expected = 0;
        for (int i = 0; i < values.length; i++) {
            values[i] = i % 50_000 - 20_000;
            expected += (long) values[i] * values[i];
        }
        assertEquals(expected, Saxpy.sumOfSquares(values));
    }
}
