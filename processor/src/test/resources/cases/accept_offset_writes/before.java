import io.jpar.Parallel;

public class Offsets {
    @Parallel
    static void shift(double[] a, double[] b, int c) {
        for (int i = 0; i < b.length - 1; i++) {
            a[i + 1] = b[i] * 2;
            a[1 + i] += b[i + c];
        }
    }

    @Parallel
    static void mirror(int[] a, int[] b) {
        int last = a.length - 1;
        for (int i = 0; i <= last; i++) {
            a[last - i] = b[i];
        }
    }

    @Parallel
    static void fixedRow(double[][] m, int r) {
        for (int j = 0; j < m[r].length; j++) {
            m[r][j] = m[r][j] * 2;
        }
    }
}
