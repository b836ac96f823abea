package io.jpar.processor.emit.gpu.opencl;

import java.util.Map;

/**
 * The constants of the Java library a kernel may read, as OpenCL C literals of the same value and type.
 * Constants of the user's classes ({@code static final} primitives) are inlined from their initializers instead.
 */
final class Constants {

    private static final Map<String, ClExpr> LIBRARY = Map.ofEntries(
            Map.entry("Math.PI", new ClExpr("3.141592653589793", "double")),
            Map.entry("Math.E", new ClExpr("2.718281828459045", "double")),
            Map.entry("Integer.MAX_VALUE", new ClExpr("2147483647", "int")),
            Map.entry("Integer.MIN_VALUE", new ClExpr("(-2147483647 - 1)", "int")),
            Map.entry("Long.MAX_VALUE", new ClExpr("9223372036854775807L", "long")),
            Map.entry("Long.MIN_VALUE", new ClExpr("(-9223372036854775807L - 1L)", "long")),
            Map.entry("Short.MAX_VALUE", new ClExpr("32767", "short")),
            Map.entry("Short.MIN_VALUE", new ClExpr("(-32768)", "short")),
            Map.entry("Byte.MAX_VALUE", new ClExpr("127", "byte")),
            Map.entry("Byte.MIN_VALUE", new ClExpr("(-128)", "byte")),
            Map.entry("Character.MAX_VALUE", new ClExpr("65535", "char")),
            Map.entry("Character.MIN_VALUE", new ClExpr("0", "char")),
            Map.entry("Double.MAX_VALUE", new ClExpr("1.7976931348623157E308", "double")),
            Map.entry("Double.MIN_VALUE", new ClExpr("4.9E-324", "double")),
            Map.entry("Double.POSITIVE_INFINITY", new ClExpr("((double) INFINITY)", "double")),
            Map.entry("Double.NEGATIVE_INFINITY", new ClExpr("(-(double) INFINITY)", "double")),
            Map.entry("Double.NaN", new ClExpr("((double) NAN)", "double")),
            Map.entry("Float.MAX_VALUE", new ClExpr("3.4028235E38f", "float")),
            Map.entry("Float.MIN_VALUE", new ClExpr("1.4E-45f", "float")),
            Map.entry("Float.POSITIVE_INFINITY", new ClExpr("INFINITY", "float")),
            Map.entry("Float.NEGATIVE_INFINITY", new ClExpr("(-INFINITY)", "float")),
            Map.entry("Float.NaN", new ClExpr("NAN", "float")));

    private Constants() {
    }

    /** {@code Math.PI} (or {@code java.lang.Math.PI}, {@code StrictMath.PI}) as a literal; null when not a known constant. */
    static ClExpr library(String qualified) {
        String q = qualified.startsWith("java.lang.") ? qualified.substring("java.lang.".length()) : qualified;
        if (q.startsWith("StrictMath.")) {
            q = q.substring("Strict".length());
        }
        return LIBRARY.get(q);
    }

    static String intLiteral(long v) {
        if (v == Integer.MIN_VALUE) {
            return "(-2147483647 - 1)";
        }
        return v < 0 ? "(" + v + ")" : Long.toString(v);
    }

    static String longLiteral(long v) {
        if (v == Long.MIN_VALUE) {
            return "(-9223372036854775807L - 1L)";
        }
        return v < 0 ? "(" + v + "L)" : v + "L";
    }

    static String doubleLiteral(double v) {
        if (Double.isNaN(v)) {
            return "((double) NAN)";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "((double) INFINITY)" : "(-(double) INFINITY)";
        }
        String s = Double.toString(v);
        return v < 0 || s.startsWith("-") ? "(" + s + ")" : s;
    }

    static String floatLiteral(float v) {
        if (Float.isNaN(v)) {
            return "NAN";
        }
        if (Float.isInfinite(v)) {
            return v > 0 ? "INFINITY" : "(-INFINITY)";
        }
        String s = Float.toString(v) + "f";
        return s.startsWith("-") ? "(" + s + ")" : s;
    }
}
