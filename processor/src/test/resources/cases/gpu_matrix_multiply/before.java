import io.jpar.Parallel;
import io.jpar.Target;

public class MatMul {
    @Parallel(target = Target.GPU, collapse = 2)
    static void multiply(double[][] a, double[][] b, double[][] c) {
        int n = a.length;
        int m = b[0].length;
        int inner = b.length;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                double s = 0;
                for (int k = 0; k < inner; k++) {
                    s += a[i][k] * b[k][j];
                }
                c[i][j] = s;
            }
        }
    }

    /** A row named by a local: ai[k] is a[i][k]. */
    @Parallel(target = Target.GPU)
    static void multiply(double[][] a, double[] x, double[] y) {
        for (int i = 0; i < a.length; i++) {
            double[] ai = a[i];
            double s = 0;
            for (int k = 0; k < ai.length; k++) {
                s += ai[k] * x[k];
            }
            y[i] = s;
        }
    }
}
