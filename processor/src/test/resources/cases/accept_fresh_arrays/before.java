import io.jpar.Parallel;

public class FreshArrays {
    // out is created here and only used by element until the loop is done: nothing can alias it, no check
    @Parallel
    static double[] shifted(double[] a) {
        double[] out = new double[a.length - 1];
        for (int i = 0; i < out.length; i++) {
            out[i] = a[i + 1] * 2;
        }
        return out;
    }

    // every dimension given: the rows are distinct by construction, no row check
    @Parallel(collapse = 2)
    static int[][] table(int n, int m) {
        int[][] g = new int[n][m];
        g[0][0] = -1;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                g[i][j] += i * j;
            }
        }
        return g;
    }

    // only out is fresh: a and b are still checked against each other
    @Parallel
    static double[] mixed(double[] a, double[] b) {
        double[] out = new double[a.length];
        for (int i = 1; i < a.length; i++) {
            a[i] = b[i - 1];
            out[i] = a[i];
        }
        return out;
    }

    // rows not created: they may be one array, so the rows are checked
    @Parallel
    static int[][] ragged(int n, int[] shared) {
        int[][] g = new int[n][];
        for (int k = 0; k < n; k++) {
            g[k] = shared;
        }
        for (int i = 0; i < n; i++) {
            g[i][0] = i;
        }
        return g;
    }

    // shared before the loop: alias is t, so both are checked
    @Parallel
    static double[] aliased(int n) {
        double[] t = new double[n];
        double[] alias = t;
        for (int i = 0; i < n - 1; i++) {
            t[i] = alias[i + 1];
        }
        return t;
    }

    // a row named in the loop body is an access of g: g stays fresh, but the row of a parameter is checked
    @Parallel
    static double[][] rows(int n, double[][] b) {
        double[][] g = new double[n][n];
        for (int i = 0; i < n; i++) {
            double[] row = g[i];
            double[] from = b[i];
            for (int j = 0; j < n; j++) {
                row[j] = from[j] * 2;
            }
        }
        return g;
    }
}
