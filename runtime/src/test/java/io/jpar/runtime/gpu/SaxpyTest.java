package io.jpar.runtime.gpu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jpar.runtime.LoopSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shape of a generated GPU loop end to end: saxpy with a sum, on the real device (PoCL in CI). */
class SaxpyTest {

    @BeforeAll
    static void openCl() {
        OpenClHere.require();
    }


    static final Kernel SAXPY = TestKernels.oneLoop("saxpy_sum", "int",
            "__global const float* x, __global float* y, const float a",
            "y[i] = a * x[i] + y[i]; sum = sum + y[i];",
            new String[] {"float", "sum", "-0.0f", "a + b"});

    /** What the emitter writes for {@code for (i..) { y[i] = a * x[i] + y[i]; sum += y[i]; }}. */
    static final class Saxpy extends GpuIntChunk<Saxpy> {
        float[] x;
        float[] y;
        float a;
        float sum;

        Saxpy(float sum, float[] x, float[] y, float a) {
            this.sum = sum;
            this.x = x;
            this.y = y;
            this.a = a;
        }

        @Override
        protected void run(int from, int to) {
            float sum = this.sum;
            for (int i = from; i < to; i++) {
                y[i] = a * x[i] + y[i];
                sum += y[i];
            }
            this.sum = sum;
        }

        @Override
        protected Saxpy fresh() {
            return new Saxpy(-0.0f, x, y, a);
        }

        @Override
        protected void merge(Saxpy later) {
            sum += later.sum;
        }

        @Override
        protected void bind(KernelArgs k) {
            k.in(x);
            k.inOut(y);
            k.scalar(a);
            sum = k.reduce(sum, Op.ADD);
        }
    }

    @Test
    void saxpyEqualsJava() {
        int n = 10_000;
        float[] x = new float[n];
        float[] y = new float[n];
        float[] expected = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = i * 0.5f;
            y[i] = i;
            expected[i] = 2.5f * x[i] + y[i];
        }
        LoopSite site = TestKernels.site();
        float sum = GpuLoops.forInt(site, SAXPY, 0, n, 1, new Saxpy(0f, x, y, 2.5f)).sum;
        assertArrayEquals(expected, y);
        double exact = 0;
        for (float v : expected) {
            exact += v;
        }
        assertEquals(exact, sum, exact * 1e-5);
        assertEquals(1, site.calls());
    }
}
