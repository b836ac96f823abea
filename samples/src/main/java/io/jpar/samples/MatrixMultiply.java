package io.jpar.samples;

import io.jpar.Parallel;

import java.util.SplittableRandom;

/**
 * C = A x B, the lecture's PyCUDA example, one thread per element of C there, one iteration per element here:
 * {@code collapse = 2} makes the (i, j) pairs a single iteration space, so the work divides evenly even when
 * C has fewer rows than there are threads. Each element is computed exactly as the sequential loop computes
 * it, so the parallel product equals the sequential one.
 */
public final class MatrixMultiply {

    private MatrixMultiply() {
    }

    /** The product of an n x p matrix and a p x m matrix. */
    @Parallel(collapse = 2)
    public static double[][] multiply(double[][] a, double[][] b) {
        int n = a.length;
        int p = b.length;
        int m = b[0].length;
        double[][] c = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                double sum = 0.0;
                for (int k = 0; k < p; k++) {
                    sum += a[i][k] * b[k][j];
                }
                c[i][j] = sum;
            }
        }
        return c;
    }

    /** A rows x columns matrix of numbers in [-1, 1) drawn from {@code seed}. */
    public static double[][] randomMatrix(int rows, int columns, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] matrix = new double[rows][columns];
        for (double[] row : matrix) {
            for (int j = 0; j < columns; j++) {
                row[j] = random.nextDouble(-1.0, 1.0);
            }
        }
        return matrix;
    }

    public static void main(String[] args) {
        int n = 4;
        double[][] c = multiply(randomMatrix(n, n, 1L), randomMatrix(n, n, 2L));
        for (double[] row : c) {
            StringBuilder line = new StringBuilder();
            for (double value : row) {
                line.append(String.format("%8.4f", value));
            }
            System.out.println(line);
        }
    }
}
