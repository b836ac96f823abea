import io.jpar.Parallel;
import io.jpar.Target;

/** Locals declared at the top that each iteration assigns first: private on every rank. */
public class ClusterPrivateLocals {
    @Parallel(target = Target.CLUSTER)
    static double rows(double[][] a, double[][] c, double[] out, int m) {
        int j;
        double s, t;
        double[] row;
        double total = 0;
        for (int i = 0; i < a.length; i++) {
            row = c[i];
            s = 0;
            for (j = 0; j < m; j++) {
                t = a[i][j] * 2;
                row[j] = t;
                s += t;
            }
            out[i] = s;
            total += s;
        }
        return total;
    }

    public static Object result() {
        int n = 900;
        int m = 13;
        double[][] a = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < m; k++) {
                a[i][k] = (i * 7 + k * 13) % 101 - 50;
            }
        }
        double[][] c = new double[n][m];
        double[] out = new double[n];
        double total = rows(a, c, out, m);
        return new Object[] {total, c, out};
    }
}
