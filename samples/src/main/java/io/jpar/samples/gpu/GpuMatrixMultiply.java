package io.jpar.samples.gpu;

import io.jpar.Parallel;
import io.jpar.Target;
import io.jpar.runtime.Jpar;
import io.jpar.samples.MatrixMultiply;
import io.jpar.samples.SampleMain;

import java.util.Arrays;

/**
 * C = A x B as an OpenCL kernel, the lecture's PyCUDA example: {@link MatrixMultiply} with {@code target = GPU}.
 * {@code collapse = 2} makes one work-item per element of C; the matrices travel as flat row-major buffers
 * (A and B read-only, C write-only). Each element is the same sum in the same order as in Java, without fused
 * multiply-adds, so the product equals the sequential one exactly.
 */
public final class GpuMatrixMultiply {

    private GpuMatrixMultiply() {
    }

    /** The product of an n x p matrix and a p x m matrix. */
    @Parallel(target = Target.GPU, collapse = 2)
    public static double[][] multiply(double[][] a, double[][] b) {
        int n = a.length;
        int p = b.length;
        int m = b[0].length;
        double[][] c = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                double sum = 0.0;
                for (int k = 0; k < p; k++) {
                    sum += a[i][k] * b[k][j];
                }
                c[i][j] = sum;
            }
        }
        return c;
    }

    public static void main(String[] args) {
        int n = SampleMain.size(args, 512);
        double[][] a = MatrixMultiply.randomMatrix(n, n, 1L);
        double[][] b = MatrixMultiply.randomMatrix(n, n, 2L);
        double[][] device = multiply(a, b);
        double[][] sequential = Jpar.sequential(() -> MatrixMultiply.multiply(a, b));
        SampleMain.report(String.format("%d x %d product, c[0][0] = %.6f", n, n, device[0][0]),
                Arrays.deepEquals(device, sequential), String.format("c[0][0] = %.6f", sequential[0][0]));
    }
}
