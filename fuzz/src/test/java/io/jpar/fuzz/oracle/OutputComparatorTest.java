package io.jpar.fuzz.oracle;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jpar.fuzz.gen.Tolerance;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutputComparatorTest {

    @Test
    void integersAndArraysMustBeEqual() {
        assertNull(OutputComparator.firstDifference(new Object[] {new int[] {1, 2}, new long[] {3}}, new Object[] {new int[] {1, 2}, new long[] {3}}, Map.of()));
        String d = OutputComparator.firstDifference(new Object[] {new int[][] {{1}, {2}}}, new Object[] {new int[][] {{1}, {3}}}, Map.of());
        assertNotNull(d);
        assertTrue(d.contains("slot 0") && d.contains("element 1"), d);
    }

    @Test
    void floatingPointWithoutToleranceIsComparedBitForBit() {
        assertNotNull(OutputComparator.firstDifference(new Object[] {0.0}, new Object[] {-0.0}, Map.of()));
        assertNotNull(OutputComparator.firstDifference(new Object[] {new double[] {1.0}}, new Object[] {new double[] {Math.nextUp(1.0)}}, Map.of()));
        assertNull(OutputComparator.firstDifference(new Object[] {Double.NaN}, new Object[] {Double.NaN}, Map.of()));
    }

    @Test
    void reductionsMayMoveWithinTheirTolerance() {
        Tolerance sum = Tolerance.forSum(1000, 4, 0, false);
        assertNull(OutputComparator.firstDifference(new Object[] {1.0}, new Object[] {Math.nextUp(1.0)}, Map.of(0, sum)));
        assertNotNull(OutputComparator.firstDifference(new Object[] {1.0}, new Object[] {1.001}, Map.of(0, sum)));
    }

    @Test
    void productsMayUnderflowDifferentlyButNotDiffer() {
        // seed 101 #99: a float product of 5,500 factors near 1 is 2.1e-44 in order and flushes to 0 reassociated
        Tolerance product = Tolerance.forProduct(5500, true);
        assertNull(OutputComparator.firstDifference(new Object[] {2.1019476964872256E-44}, new Object[] {0.0}, Map.of(0, product)));
        assertNotNull(OutputComparator.firstDifference(new Object[] {1.0e-3}, new Object[] {0.0}, Map.of(0, product)));
    }

    @Test
    void exceptionsMustHaveTheSameTypeAndMessage() {
        assertNull(OutputComparator.firstDifference(new Object[] {"java.lang.ArithmeticException: / by zero"},
                new Object[] {"java.lang.ArithmeticException: / by zero"}, Map.of()));
        assertNotNull(OutputComparator.firstDifference(new Object[] {"java.lang.IllegalStateException: fuzz stop at 7"},
                new Object[] {"java.lang.IllegalStateException: fuzz stop at 9"}, Map.of()));
        assertNotNull(OutputComparator.firstDifference(new Object[] {"java.lang.IllegalStateException: x"}, new Object[] {new int[0]}, Map.of()));
    }
}
