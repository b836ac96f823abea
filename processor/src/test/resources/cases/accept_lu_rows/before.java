import io.jpar.Parallel;

class Lu {
    static void axpy(double t, double[] x, double[] y, int from) {
        for (int c = from; c < y.length; c++) {
            y[c] -= t * x[c];
        }
    }

    @Parallel
    static void eliminate(double[][] a, int k, int n) {
        for (int j = k + 1; j < n; j++) {
            double f = a[j][k] / a[k][k];
            for (int c = k; c < n; c++) {
                a[j][c] -= f * a[k][c];
            }
        }
    }

    @Parallel
    static void eliminateByRows(double[][] a, int k, int n) {
        double[] pivot = a[k];
        for (int j = k + 1; j < n; j++) {
            axpy(a[j][k] / pivot[k], pivot, a[j], k);
        }
    }
}
