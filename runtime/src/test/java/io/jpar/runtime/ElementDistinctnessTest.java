package io.jpar.runtime;

import io.jpar.Schedule;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The run-time check for loops writing fields of array elements ({@code p[i].x = ...}): distinct objects only. */
class ElementDistinctnessTest {

    static final class Cell {
        double v;
    }

    private static Cell[] cells(int n) {
        Cell[] c = new Cell[n];
        for (int k = 0; k < n; k++) {
            c[k] = new Cell();
        }
        return c;
    }

    private static Object[] of(Object... arrays) {
        return arrays;
    }

    @Test
    void distinctElementsPassNullsAside() {
        Cell[] c = cells(10_000);
        c[17] = null;
        c[9_000] = null;
        assertNull(ArrayOverlap.find(of(ArrayOverlap.elements(c)), of()));
        assertNull(ArrayOverlap.find(of(ArrayOverlap.elements(new Cell[0])), of()));
        assertNull(ArrayOverlap.find(of(ArrayOverlap.elements(null)), of()));
    }

    @Test
    void oneObjectInTwoElementsIsFound() {
        Cell[] c = cells(100_000);
        c[99_999] = c[3];
        assertEquals("element 3 of written array 1 and element 99999 of written array 1 are the same Cell",
                ArrayOverlap.find(of(ArrayOverlap.elements(c)), of()));
        assertEquals("element 3 of written array p and element 99999 of written array p are the same Cell",
                ArrayOverlap.find(of(ArrayOverlap.elements(c)), of(), new String[] {"p"}, new String[] {}));
    }

    @Test
    void elementsOfTwoWrittenArraysOrOfRowsMustDifferToo() {
        Cell[] a = cells(50);
        Cell[] b = cells(50);
        b[10] = a[20];
        assertEquals("element 20 of written array 1 and element 10 of written array 2 are the same Cell",
                ArrayOverlap.find(of(ArrayOverlap.elements(a), ArrayOverlap.elements(b)), of()));
        Cell[][] g = {cells(4), cells(4), null, cells(4)};
        assertNull(ArrayOverlap.find(of(ArrayOverlap.elements(g)), of()));
        g[3][1] = g[0][2];
        assertEquals("element [0][2] of written array 1 and element [3][1] of written array 1 are the same Cell",
                ArrayOverlap.find(of(ArrayOverlap.elements(g)), of()));
        Cell[][] shared = {a, a};
        assertEquals("element [0][0] of written array 1 and element [1][0] of written array 1 are the same Cell",
                ArrayOverlap.find(of(ArrayOverlap.elements(shared)), of()), "a row twice holds every element twice");
    }

    @Test
    void aReadArrayMustHoldNoWrittenElement() {
        Cell[] written = cells(30);
        Cell[] read = cells(30);
        assertNull(ArrayOverlap.find(of(ArrayOverlap.elements(written)), of(ArrayOverlap.elements(read))));
        read[29] = written[0];
        assertEquals("element 0 of written array 1 and element 29 of read array 1 are the same Cell",
                ArrayOverlap.find(of(ArrayOverlap.elements(written)), of(ArrayOverlap.elements(read))));
        // read arrays may share elements among themselves
        assertNull(ArrayOverlap.find(of(ArrayOverlap.elements(cells(3))), of(ArrayOverlap.elements(read), ArrayOverlap.elements(read))));
    }

    @Test
    void primitiveArraysAreStillCheckedBesideElements() {
        double[] out = new double[4];
        assertEquals("written array 1 and read array 1 are the same double[4]",
                ArrayOverlap.find(of(out, ArrayOverlap.elements(cells(4))), of(out)));
    }

    @Test
    void aSiteRemembersDistinctElementsUntilTheArrayChanges() {
        LoopSite site = new LoopSite("Cells.java:1", "Cells.f", Schedule.AUTO, 0, 0, Relation.LT).arrays(new String[] {"p"},
                new String[] {});
        Cell[] c = cells(1_000);
        assertNull(ArrayOverlap.find(site, of(ArrayOverlap.elements(c)), of()));
        assertNull(ArrayOverlap.find(site, of(ArrayOverlap.elements(c)), of()), "the same objects again");
        c[500] = new Cell();
        assertNull(ArrayOverlap.find(site, of(ArrayOverlap.elements(c)), of()), "a new object: checked again, distinct");
        c[700] = c[5];
        assertEquals("element 5 of written array p and element 700 of written array p are the same Cell",
                ArrayOverlap.find(site, of(ArrayOverlap.elements(c)), of()));
        Cell[] other = cells(1_000);
        other[1] = other[0];
        assertEquals("element 0 of written array p and element 1 of written array p are the same Cell",
                ArrayOverlap.find(site, of(ArrayOverlap.elements(other)), of()), "another array is checked");
    }
}
