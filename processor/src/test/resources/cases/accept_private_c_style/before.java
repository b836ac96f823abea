import io.jpar.Parallel;

public class CStyle {
    /** Variables declared at the top, as in C: each iteration assigns them before it reads them. */
    @Parallel
    static double rows(double[][] a, double[][] c, double[] out, int m) {
        int j = 0;
        double s = 0, t;
        double[] row;
        for (int i = 0; i < a.length; i++) {
            row = c[i];
            s = 0;
            for (j = 0; j < m; j++) {
                t = a[i][j] * 2;
                row[j] = t;
                s += t;
            }
            if (s < 0) {
                continue;
            }
            out[i] = s;
        }
        return s + j;
    }
}
