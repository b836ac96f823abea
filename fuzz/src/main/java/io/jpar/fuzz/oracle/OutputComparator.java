package io.jpar.fuzz.oracle;

import io.jpar.fuzz.gen.Tolerance;
import java.lang.reflect.Array;
import java.util.Map;

/**
 * Compares the outputs of the original and of jpar's version, slot by slot: integers and floating-point values
 * bit for bit (raw bits: -0.0 and 0.0 differ, as they would to a user who prints them), except slots that the
 * generator marked as floating reductions, which may move within their {@link Tolerance}.
 */
final class OutputComparator {

    private OutputComparator() {
    }

    /** The first difference, or null when the outputs agree. */
    static String firstDifference(Object[] expected, Object[] actual, Map<Integer, Tolerance> tolerances) {
        if (expected.length != actual.length) {
            return "output has " + actual.length + " slots instead of " + expected.length;
        }
        for (int slot = 0; slot < expected.length; slot++) {
            String d = difference(expected[slot], actual[slot], tolerances.get(slot));
            if (d != null) {
                return "output slot " + slot + ": " + d;
            }
        }
        return null;
    }

    private static String difference(Object e, Object a, Tolerance tolerance) {
        if (e == null || a == null) {
            return e == a ? null : "expected " + describe(e) + " but got " + describe(a);
        }
        if (e.getClass() != a.getClass()) {
            return "expected " + describe(e) + " but got " + describe(a);
        }
        if (e.getClass().isArray()) {
            int length = Array.getLength(e);
            if (length != Array.getLength(a)) {
                return "expected length " + length + " but got " + Array.getLength(a);
            }
            for (int k = 0; k < length; k++) {
                String d = difference(Array.get(e, k), Array.get(a, k), tolerance);
                if (d != null) {
                    return "element " + k + ": " + d;
                }
            }
            return null;
        }
        if (e instanceof Double x && a instanceof Double y) {
            return same(x, y, tolerance) ? null : "expected " + x + " but got " + y + bound(tolerance);
        }
        if (e instanceof Float x && a instanceof Float y) {
            return same(x, y, tolerance) ? null : "expected " + x + "f but got " + y + "f" + bound(tolerance);
        }
        return e.equals(a) ? null : "expected " + describe(e) + " but got " + describe(a);
    }

    private static boolean same(double x, double y, Tolerance tolerance) {
        if (tolerance == null) {
            return Double.doubleToRawLongBits(x) == Double.doubleToRawLongBits(y);
        }
        return tolerance.allows(x, y);
    }

    private static boolean same(float x, float y, Tolerance tolerance) {
        if (tolerance == null) {
            return Float.floatToRawIntBits(x) == Float.floatToRawIntBits(y);
        }
        return tolerance.allows(x, y);
    }

    private static String bound(Tolerance t) {
        return t == null ? " (compared exactly)" : " (tolerance " + t.absolute() + " + " + t.relative() + " relative)";
    }

    private static String describe(Object o) {
        if (o == null) {
            return "nothing";
        }
        if (o.getClass().isArray()) {
            return o.getClass().getComponentType().getSimpleName() + "[" + Array.getLength(o) + "]";
        }
        return o instanceof String s ? "\"" + s + "\"" : o.toString();
    }
}
