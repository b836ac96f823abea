import io.jpar.Parallel;
import io.jpar.Schedule;

public class MatMul {
    @Parallel(collapse = 2, schedule = Schedule.STATIC)
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
}
