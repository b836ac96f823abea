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
    void exceptionsMustHaveTheSameTypeAndMessage() {
        assertNull(OutputComparator.firstDifference(new Object[] {"java.lang.ArithmeticException: / by zero"},
                new Object[] {"java.lang.ArithmeticException: / by zero"}, Map.of()));
        assertNotNull(OutputComparator.firstDifference(new Object[] {"java.lang.IllegalStateException: fuzz stop at 7"},
                new Object[] {"java.lang.IllegalStateException: fuzz stop at 9"}, Map.of()));
        assertNotNull(OutputComparator.firstDifference(new Object[] {"java.lang.IllegalStateException: x"}, new Object[] {new int[0]}, Map.of()));
    }
}
