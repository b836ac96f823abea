import io.jpar.Parallel;

public class FreshArrays {
    // out and g are created here and never shared: the rewritten loops run without an overlap check
    @Parallel
    static double[] smooth(double[] a) {
        double[] out = new double[a.length - 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (a[i] + a[i + 1] + a[i + 2]) / 3;
        }
        return out;
    }

    @Parallel
    static long[][] table(int n, int m) {
        long[][] g = new long[n][m];
        for (int i = 0; i < n; i++) {
            long[] row = g[i];
            for (int j = 0; j < m; j++) {
                row[j] = (long) i * j - j;
            }
        }
        return g;
    }

    public static Object result() {
        double[] a = new double[50_001];
        for (int i = 0; i < a.length; i++) {
            a[i] = Math.sin(i);
        }
        return new Object[] {smooth(a), table(400, 301)};
    }
}
