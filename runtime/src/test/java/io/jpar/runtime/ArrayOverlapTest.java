package io.jpar.runtime;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ArrayOverlapTest {

    private static Object[] arrays(Object... arrays) {
        return arrays;
    }

    /** One 2-D array as the only argument, which varargs would otherwise spread. */
    private static Object[] one(Object[] matrix) {
        return new Object[] {matrix};
    }

    @Test
    void distinctArraysDoNotOverlap() {
        double[] a = new double[3];
        double[] b = new double[3];
        assertNull(ArrayOverlap.find(arrays(a), arrays(b)));
        assertNull(ArrayOverlap.find(arrays(a, b), arrays()));
        assertNull(ArrayOverlap.find(one(new int[2][2]), arrays(new int[2][2], new int[2])));
        assertNull(ArrayOverlap.find(arrays(), arrays(a, a)), "arrays that are only read may be the same");
        assertNull(ArrayOverlap.find(null, arrays(a)));
        assertNull(ArrayOverlap.find(arrays(a, null), null));
    }

    @Test
    void writtenArrayThatIsAlsoRead() {
        double[] a = new double[3];
        assertEquals("written array 1 and read array 2 are the same double[3]",
                ArrayOverlap.find(arrays(a), arrays(new double[3], a)));
    }

    @Test
    void arraysNamedAsTheSourceNamesThem() {
        double[] a = new double[3];
        String[] written = {"out"};
        String[] read = {"x", "this.in"};
        assertEquals("written array out and read array this.in are the same double[3]",
                ArrayOverlap.find(arrays(a), arrays(new double[3], a), written, read));
        double[] row = new double[2];
        assertEquals("row 1 of written array out is read array x, a double[2]",
                ArrayOverlap.find(one(new double[][] {new double[2], row}), arrays(row), written, read));
        assertNull(ArrayOverlap.find(arrays(a), arrays(new double[3]), written, read));
        assertEquals("written array 1 and read array 1 are the same double[3]",
                ArrayOverlap.find(arrays(a), arrays(a), null, null), "without names: by position");
    }

    @Test
    void twoWrittenArraysThatAreOne() {
        int[] a = new int[4];
        assertEquals("written array 1 and written array 2 are the same int[4]", ArrayOverlap.find(arrays(a, a), null));
    }

    @Test
    void rowsOfAWrittenMatrix() {
        double[] row = new double[5];
        double[][] m = {new double[5], row, row};
        assertEquals("rows 1 and 2 of written array 1 are the same double[5]", ArrayOverlap.find(one(m), null));
        double[][] ok = {new double[5], row};
        assertEquals("row 1 of written array 1 is read array 1, a double[5]", ArrayOverlap.find(one(ok), arrays(row)));
        double[][] read = {new double[5], new double[5], row};
        assertEquals("row 1 of written array 1 is row 2 of read array 1, a double[5]",
                ArrayOverlap.find(one(ok), one(read)));
        assertEquals("written array 1 is row 1 of written array 2, a double[5]",
                ArrayOverlap.find(arrays(row, ok), null));
    }

    @Test
    void largeMatricesAreCheckedInLinearTime() {
        double[][] m = new double[1000][2];
        double[][] other = new double[1000][2];
        assertNull(ArrayOverlap.find(one(m), one(other)));
        m[700] = m[3];
        assertEquals("row 3 of written array 1 and row 700 of written array 1 are the same double[2]",
                ArrayOverlap.find(one(m), one(other)));
        m[700] = new double[2];
        other[999] = m[10];
        assertEquals("row 10 of written array 1 and row 999 of read array 1 are the same double[2]",
                ArrayOverlap.find(one(m), one(other)));
        assertEquals("written array 1 and read array 1 are the same double[1000][]",
                ArrayOverlap.find(one(m), one(m)));
    }
}
