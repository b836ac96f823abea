import io.jpar.Parallel;

public class MatrixMultiply {
    @Parallel(collapse = 2)
    static void multiply(double[][] a, double[][] b, double[][] c, int n) {
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int k = 0; k < n; k++) {
                    s += a[i][k] * b[k][j];
                }
                c[i][j] = s;
            }
        }
    }

    public static Object result() {
        int n = 150;
        double[][] a = new double[n][n];
        double[][] b = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = Math.sin(i + 2 * j);
                b[i][j] = Math.cos(3 * i - j);
            }
        }
        double[][] c = new double[n][n];
        multiply(a, b, c, n);
        return c;
    }
}
