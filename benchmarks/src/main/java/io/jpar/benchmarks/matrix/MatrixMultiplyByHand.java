package io.jpar.benchmarks.matrix;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;
import java.util.stream.IntStream;

/**
 * C = A x B written by hand three ways, all with the same i-j-k loops as the sample, so the comparison is of
 * the ways to run them in parallel and not of matrix algorithms. The hand-written parallel versions split
 * the rows, as one usually does.
 */
public final class MatrixMultiplyByHand {

    private MatrixMultiplyByHand() {
    }

    public static double[][] sequential(double[][] a, double[][] b) {
        double[][] c = new double[a.length][b[0].length];
        multiplyRows(a, b, c, 0, a.length);
        return c;
    }

    public static double[][] parallelStream(double[][] a, double[][] b) {
        double[][] c = new double[a.length][b[0].length];
        IntStream.range(0, a.length).parallel().forEach(i -> multiplyRows(a, b, c, i, i + 1));
        return c;
    }

    /** Recursive halving of the rows down to blocks of about a quarter of a thread's share. */
    public static double[][] forkJoin(ForkJoinPool pool, double[][] a, double[][] b) {
        double[][] c = new double[a.length][b[0].length];
        int grain = Math.max(1, a.length / (4 * pool.getParallelism()));
        pool.invoke(new Rows(a, b, c, 0, a.length, grain));
        return c;
    }

    static void multiplyRows(double[][] a, double[][] b, double[][] c, int fromRow, int toRow) {
        int p = b.length;
        int m = b[0].length;
        for (int i = fromRow; i < toRow; i++) {
            for (int j = 0; j < m; j++) {
                double sum = 0.0;
                for (int k = 0; k < p; k++) {
                    sum += a[i][k] * b[k][j];
                }
                c[i][j] = sum;
            }
        }
    }

    private static final class Rows extends RecursiveAction {
        private final double[][] a;
        private final double[][] b;
        private final double[][] c;
        private final int fromRow;
        private final int toRow;
        private final int grain;

        Rows(double[][] a, double[][] b, double[][] c, int fromRow, int toRow, int grain) {
            this.a = a;
            this.b = b;
            this.c = c;
            this.fromRow = fromRow;
            this.toRow = toRow;
            this.grain = grain;
        }

        @Override
        protected void compute() {
            if (toRow - fromRow <= grain) {
                multiplyRows(a, b, c, fromRow, toRow);
                return;
            }
            int middle = (fromRow + toRow) >>> 1;
            invokeAll(new Rows(a, b, c, fromRow, middle, grain), new Rows(a, b, c, middle, toRow, grain));
        }
    }
}
