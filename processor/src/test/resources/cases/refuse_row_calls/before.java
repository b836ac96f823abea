import io.jpar.Parallel;

class RowCalls {
    static void axpy(double t, double[] x, double[] y) {
        for (int c = 0; c < y.length; c++) {
            y[c] -= t * x[c];
        }
    }

    static void through(double[] y, double[] other) {
        y = other;
        y[0] = 1;
    }

    @Parallel
    static void writesThePivot(double[][] a, int k, int n) {
        for (int j = k + 1; j < n; j++) {
            axpy(2.0, a[j], a[k]);
        }
    }

    @Parallel
    static void neighbourRow(double[][] a, int n) {
        for (int j = 0; j < n - 1; j++) {
            axpy(0.5, a[j], a[j + 1]);
        }
    }

    @Parallel
    static void reassigned(double[][] a, double[] shared, int n) {
        for (int j = 0; j < n; j++) {
            through(a[j], shared);
        }
    }
}
