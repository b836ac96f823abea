import io.jpar.Parallel;
import io.jpar.Target;

public class ClusterWrites {
    @Parallel(target = Target.CLUSTER)
    static long update(double[] a, double[] positive, double[] squares, double[] shifted, double[] mirrored, int off, int n) {
        long clipped = 0;
        for (int i = 0; i < n; i++) {
            if (a[i] > 0) {
                positive[i] = a[i];
            } else {
                clipped++;
            }
            squares[i] = a[i] * a[i];
            shifted[i + off] = a[i] + 1;
            mirrored[n - 1 - i] = a[i] - 1;
        }
        return clipped;
    }

    @Parallel(target = Target.CLUSTER)
    static void scale(double[] x, double factor) {
        for (int i = 0; i < x.length; i += 3) {
            x[i] *= factor;
        }
    }

    @Parallel(target = Target.CLUSTER)
    static void rows(double[][] grid, double[][] fresh, int width) {
        for (int i = 1; i < grid.length - 1; i++) {
            double[] row = grid[i];
            for (int j = 0; j < width; j += 2) {
                row[j] = row[j] * 2 + i;
            }
            fresh[i][0] = i * width;
        }
    }

    @Parallel(target = Target.CLUSTER)
    static void skips(double[] out, int n) {
        for (int i = 0; i < n; i++) {
            if (i % 3 == 0) {
                continue;
            }
            out[i] = i * 2.0;
        }
    }

    @Parallel(target = Target.CLUSTER)
    static void positiveSums(double[][] m, double[] sums) {
        for (int i = 0; i < m.length; i++) {
            double s = 0;
            for (int j = 0; j < m[i].length; j++) {
                if (m[i][j] < 0) {
                    continue;
                }
                s += m[i][j];
            }
            sums[i] = s;
        }
    }

    @Parallel(target = Target.CLUSTER)
    static void reversed(double[] a, double[] rev, int n) {
        for (int i = n - 1; i >= 0; i -= 2) {
            rev[i] = a[n - 1 - i] + a[n - 1 - i];
        }
    }

    public static Object result() {
        int n = 101;
        int off = 5;
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = Math.sin(i * 1.7);
        }
        double[] positive = new double[n];
        java.util.Arrays.fill(positive, -7.0);
        double[] squares = new double[n];
        double[] shifted = new double[n + off + 3];
        java.util.Arrays.fill(shifted, 9.0);
        double[] mirrored = new double[n];
        long clipped = update(a, positive, squares, shifted, mirrored, off, n);
        double[] x = a.clone();
        scale(x, 3.0);
        double[][] grid = new double[9][7];
        double[][] fresh = new double[9][1];
        for (int i = 0; i < 9; i++) {
            for (int j = 0; j < 7; j++) {
                grid[i][j] = i * 10 + j;
            }
            fresh[i][0] = -i;
        }
        rows(grid, fresh, 7);
        double[] out = new double[50];
        java.util.Arrays.fill(out, -1.0);
        skips(out, 50);
        double[] sums = new double[grid.length];
        grid[2][3] = -5;
        positiveSums(grid, sums);
        double[] rev = new double[n];
        java.util.Arrays.fill(rev, 3.5);
        reversed(a, rev, n);
        return new Object[] {clipped, positive, squares, shifted, mirrored, x, grid, fresh, out, sums, rev};
    }
}
