import io.jpar.Parallel;
import io.jpar.Target;

public class MatrixMultiply {
    @Parallel(target = Target.CLUSTER)
    static double[][] multiply(double[][] a, double[][] b) {
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
}
