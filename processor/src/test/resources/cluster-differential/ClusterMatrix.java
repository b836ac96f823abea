import io.jpar.Parallel;
import io.jpar.Target;

public class ClusterMatrix {
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

    @Parallel(target = Target.CLUSTER, collapse = 2)
    static void addColumn(double[][] a, double[] column, double[][] out, int rows, int cols) {
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                out[i][j] = a[i][j] + column[j];
            }
        }
    }

    public static Object result() {
        int n = 37;
        int m = 23;
        double[][] a = new double[n][m];
        double[][] b = new double[m][n + 2];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                a[i][j] = Math.sin(i + 2 * j);
                b[j][i] = Math.cos(3 * i - j);
            }
        }
        double[][] c = multiply(a, b);
        double[][] out = new double[n][m + 1];
        for (int i = 0; i < n; i++) {
            out[i][m] = -i;
        }
        double[] column = new double[m];
        for (int j = 0; j < m; j++) {
            column[j] = j * 0.25;
        }
        addColumn(a, column, out, n, m);
        return new Object[] {c, out};
    }
}
