package io.jpar.samples.cluster;

import io.jpar.Parallel;
import io.jpar.Target;
import io.jpar.runtime.Jpar;
import io.jpar.samples.MatrixMultiply;
import io.jpar.samples.SampleMain;

import java.util.Arrays;

/**
 * C = A x B on a cluster, the lecture's mpi4py example without its hand-written messages: the outer loop runs
 * over the rows of C, so jpar scatters the rows of A (each rank reads only its own rows), broadcasts B (read at
 * any row) and gathers the rows of C (written at the row index) back to rank 0, as {@code jpar:explain} shows.
 * Each element is computed exactly as the sequential loop computes it: the product equals the sequential one.
 */
public final class ClusterMatrixMultiply {

    private ClusterMatrixMultiply() {
    }

    /** The product of an n x p matrix and a p x m matrix. */
    @Parallel(target = Target.CLUSTER)
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
        int n = SampleMain.size(args, 600);
        double[][] a = MatrixMultiply.randomMatrix(n, n, 1L);
        double[][] b = MatrixMultiply.randomMatrix(n, n, 2L);
        double[][] cluster = multiply(a, b);
        double[][] sequential = Jpar.sequential(() -> MatrixMultiply.multiply(a, b));
        SampleMain.report(String.format("%d x %d product, c[0][0] = %.6f", n, n, cluster[0][0]),
                Arrays.deepEquals(cluster, sequential), String.format("c[0][0] = %.6f", sequential[0][0]));
    }
}
