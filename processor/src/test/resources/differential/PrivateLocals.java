import io.jpar.Parallel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * C-style numeric Java: locals declared at the top of the method that every iteration assigns before it reads
 * them are private to the iteration; the ones read after the loop hold the last iteration's value.
 */
public class PrivateLocals {
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

    @Parallel
    static long branches(int[] a, long[] out) {
        long v = -1;
        int sign = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] % 3 == 0) {
                v = (long) a[i] * a[i];
                sign = 1;
            } else {
                v = a[i] - 7L;
                sign = -1;
            }
            out[i] = v * sign;
        }
        return v + sign;
    }

    @Parallel(collapse = 2)
    static int grid(int[][] g, int n, int m) {
        int x = -1;
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < m; k++) {
                x = i * 31 + k;
                x = x ^ (x >>> 3);
                g[i][k] = x;
            }
        }
        return x;
    }

    @Parallel
    static int stepsDown(int[] a, int[] out) {
        int w = 99;
        for (int i = a.length - 1; i >= 0; i -= 2) {
            w = a[i] + i;
            out[i] = w * 2;
        }
        return w;
    }

    @Parallel
    static double scratch(double[][] a, double[] out, int m) {
        double[] tmp;
        double best = 0;
        for (int i = 0; i < a.length; i++) {
            tmp = new double[m];
            for (int k = 0; k < m; k++) {
                tmp[k] = a[i][k] + k;
            }
            double sum = 0;
            for (int k = 0; k < m; k++) {
                sum += tmp[k] * tmp[(k + 1) % m];
            }
            out[i] = sum;
            best = Math.max(best, sum);
        }
        return best;
    }

    /** The loop's own index declared at the top: after the loop it holds the value that failed the condition. */
    @Parallel
    static int ownIndex(int[] a, int from, int to) {
        int i;
        for (i = from; i <= to; i += 3) {
            a[i] = i * 2;
        }
        return i;
    }

    @Parallel
    static long ownLongIndex(long n) {
        long i;
        long v;
        long sum = 0;
        for (i = n; i > 0; i -= 2) {
            v = i * i % 1000;
            sum += v;
        }
        return i * 1_000_000 + sum;
    }

    public static Object result() {
        List<Object> out = new ArrayList<>();
        int n = 3000;
        int m = 17;
        double[][] a = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < m; k++) {
                a[i][k] = (i * 7 + k * 13) % 101 - 50;
            }
        }
        double[][] c = new double[n][m];
        double[] rowSums = new double[n];
        out.add(rows(a, c, rowSums, m));
        out.add(Arrays.deepToString(c).hashCode());
        out.add(Arrays.toString(rowSums).hashCode());
        int[] ints = new int[5001];
        for (int i = 0; i < ints.length; i++) {
            ints[i] = (i * 7919) % 1000 - 300;
        }
        long[] longs = new long[ints.length];
        out.add(branches(ints, longs));
        out.add(Arrays.hashCode(longs));
        out.add(branches(new int[0], new long[0]));
        int[][] g = new int[300][200];
        out.add(grid(g, 300, 200));
        out.add(Arrays.deepHashCode(g));
        int[] down = new int[ints.length];
        out.add(stepsDown(ints, down));
        out.add(Arrays.hashCode(down));
        out.add(stepsDown(new int[0], new int[0]));
        double[] best = new double[n];
        out.add(scratch(a, best, m));
        out.add(Arrays.hashCode(best));
        int[] own = new int[4000];
        out.add(ownIndex(own, 5, 3990));
        out.add(ownIndex(own, 10, 2));
        out.add(Arrays.hashCode(own));
        out.add(ownLongIndex(100_001));
        out.add(ownLongIndex(-5));
        return out;
    }
}
