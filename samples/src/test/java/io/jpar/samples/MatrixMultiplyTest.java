package io.jpar.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jpar.runtime.Jpar;
import org.junit.jupiter.api.Test;

class MatrixMultiplyTest {

    @Test
    void parallelProductEqualsSequentialProduct() {
        double[][] a = MatrixMultiply.randomMatrix(150, 70, 3L);
        double[][] b = MatrixMultiply.randomMatrix(70, 130, 4L);
        double[][] sequential = Jpar.sequential(() -> MatrixMultiply.multiply(a, b));
        double[][] parallel = MatrixMultiply.multiply(a, b);
        assertEquals(150, parallel.length);
        assertEquals(130, parallel[0].length);
        for (int i = 0; i < sequential.length; i++) {
            assertArrayEquals(sequential[i], parallel[i], "row " + i);
        }
    }

    @Test
    void productWithTheIdentityIsTheMatrixItself() {
        int n = 90;
        double[][] a = MatrixMultiply.randomMatrix(n, n, 5L);
        double[][] identity = new double[n][n];
        for (int i = 0; i < n; i++) {
            identity[i][i] = 1.0;
        }
        double[][] product = MatrixMultiply.multiply(a, identity);
        for (int i = 0; i < n; i++) {
            assertArrayEquals(a[i], product[i], "row " + i);
        }
    }

    @Test
    void elementIsTheDotProductOfRowAndColumn() {
        double[][] a = {{1, 2, 3}, {4, 5, 6}};
        double[][] b = {{7, 8}, {9, 10}, {11, 12}};
        double[][] c = MatrixMultiply.multiply(a, b);
        assertArrayEquals(new double[] {1 * 7 + 2 * 9 + 3 * 11, 1 * 8 + 2 * 10 + 3 * 12}, c[0]);
        assertArrayEquals(new double[] {4 * 7 + 5 * 9 + 6 * 11, 4 * 8 + 5 * 10 + 6 * 12}, c[1]);
    }
}
