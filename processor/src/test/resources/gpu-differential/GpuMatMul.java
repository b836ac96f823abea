import io.jpar.Parallel;
import io.jpar.Target;

public class GpuMatMul {
    /** Each element's dot product runs in order on one work-item, without contraction: exactly Java's. */
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

    public static Object result() {
        int n = 37;
        int inner = 23;
        int m = 41;
        double[][] a = new double[n][inner];
        double[][] b = new double[inner][m];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < inner; k++) {
                a[i][k] = Math.sin(i * 31 + k) / 3;
            }
        }
        for (int k = 0; k < inner; k++) {
            for (int j = 0; j < m; j++) {
                b[k][j] = Math.cos(k * 17 - j) * 1.5;
            }
        }
        double[][] c = new double[n][m];
        multiply(a, b, c);
        return c;
    }
}
