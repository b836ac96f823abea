import io.jpar.Parallel;
import io.jpar.Target;

public class GpuRows {
    /** Rows of 2-D arrays named by locals (double[] ai = a[i]) read and write the matrix's row. */
    @Parallel(target = Target.GPU)
    static void matVec(double[][] a, double[] x, double[] y, double[][] scaled) {
        for (int i = 0; i < a.length; i++) {
            double[] ai = a[i];
            double[] out = scaled[i];
            double s = 0;
            for (int k = 0; k < ai.length; k++) {
                s += ai[k] * x[k];
                out[k] = ai[k] * 2;
            }
            y[i] = s;
        }
    }

    public static Object result() {
        int n = 53;
        int m = 29;
        double[][] a = new double[n][m];
        double[] x = new double[m];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < m; k++) {
                a[i][k] = (i * 7 + k * 3) % 11 - 5.5;
            }
        }
        for (int k = 0; k < m; k++) {
            x[k] = k * 0.25;
        }
        double[] y = new double[n];
        double[][] scaled = new double[n][m];
        matVec(a, x, y, scaled);
        return new Object[] {y, scaled};
    }
}
