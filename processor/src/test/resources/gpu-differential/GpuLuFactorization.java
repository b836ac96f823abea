import io.jpar.Parallel;
import io.jpar.Target;

import java.util.Arrays;

/**
 * LU factorization without pivoting, as numeric Java writes it: for each column k, a parallel loop over the rows
 * j > k that reads the pivot row k, which no iteration writes (directly, through a row alias declared just before
 * the loop, and through a helper that writes only the row it is handed); as kernels on the OpenCL device, but for
 * the helper's, which a kernel cannot call.
 */
public class GpuLuFactorization {

    @Parallel(target = Target.GPU)
    static void eliminate(double[][] a, int k, int n) {
        for (int j = k + 1; j < n; j++) {
            double f = a[j][k] / a[k][k];
            a[j][k] = f;
            for (int c = k + 1; c < n; c++) {
                a[j][c] -= f * a[k][c];
            }
        }
    }

    static void axpy(double t, double[] x, double[] y, int from) {
        for (int c = from; c < y.length; c++) {
            y[c] -= t * x[c];
        }
    }

    /** A GPU kernel calls only methods on primitive values: this one stays a plain method here. */
    static void eliminateByRows(double[][] a, int k, int n) {
        double[] pivot = a[k];
        for (int j = k + 1; j < n; j++) {
            double f = a[j][k] / pivot[k];
            axpy(f, pivot, a[j], k + 1);
            a[j][k] = f;
        }
    }

    /** Back substitution's update of the right-hand side: rows above k, going down. */
    @Parallel(target = Target.GPU)
    static void backward(double[][] a, double[] x, int k) {
        for (int j = k - 1; j >= 0; j--) {
            x[j] -= a[j][k] * x[k];
        }
    }

    static double[][] matrix(int n, long seed) {
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = r.nextDouble() + (i == j ? n : 0);
            }
        }
        return a;
    }

    public static Object result() {
        int n = 120;
        double[][] a = matrix(n, 7);
        for (int k = 0; k < n - 1; k++) {
            eliminate(a, k, n);
        }
        double[][] b = matrix(n, 7);
        for (int k = 0; k < n - 1; k++) {
            eliminateByRows(b, k, n);
        }
        double[] x = new double[n];
        Arrays.fill(x, 1);
        for (int k = n - 1; k > 0; k--) {
            x[k] /= b[k][k];
            backward(b, x, k);
        }
        return Arrays.deepToString(a).hashCode() + " " + Arrays.deepToString(b).hashCode() + " " + Arrays.toString(x).hashCode()
                + " " + Arrays.equals(a[n - 1], b[n - 1]) + " " + a[n - 1][n - 1];
    }
}
