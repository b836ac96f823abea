package io.jpar.processor.analysis;

import java.util.Map;
import java.util.Set;

/**
 * A Java type as jpar reads it from the source: an element type (a primitive, a boxed type, {@code String}, a
 * class, spelt as written) and a number of array dimensions. The one place that knows which types are primitive,
 * integral, floating, boxed, and how wide; the generated code spells a type with {@link #toString()}.
 */
public record JavaType(String element, int dimensions) {

    public static final JavaType INT = new JavaType("int", 0);
    public static final JavaType LONG = new JavaType("long", 0);

    private static final Set<String> INTEGRAL = Set.of("byte", "short", "char", "int", "long");
    private static final Set<String> PRIMITIVE = Set.of("boolean", "byte", "short", "char", "int", "long", "float", "double");
    private static final Map<String, String> UNBOXED = Map.of("Integer", "int", "Long", "long", "Double", "double",
            "Float", "float", "Short", "short", "Byte", "byte", "Character", "char", "Boolean", "boolean");

    /** A type as the source spells it: {@code double[][]}, {@code int []}, {@code java.lang.Long}, {@code List<Vec>}. */
    public static JavaType of(String source) {
        String t = source.strip();
        int dims = 0;
        while (t.endsWith("]")) {
            t = t.substring(0, t.lastIndexOf('[')).strip();
            dims++;
        }
        return new JavaType(t, dims);
    }

    public boolean array() {
        return dimensions > 0;
    }

    /** A primitive scalar: {@code int}, {@code boolean}, ... */
    public boolean primitive() {
        return dimensions == 0 && PRIMITIVE.contains(element);
    }

    /** An array, of any dimensions, of a primitive. */
    public boolean primitiveArray() {
        return dimensions > 0 && PRIMITIVE.contains(element);
    }

    public boolean integral() {
        return dimensions == 0 && INTEGRAL.contains(element);
    }

    public boolean floating() {
        return dimensions == 0 && (element.equals("float") || element.equals("double"));
    }

    public boolean numeric() {
        return integral() || floating();
    }

    public boolean bool() {
        return dimensions == 0 && element.equals("boolean");
    }

    public boolean string() {
        return dimensions == 0 && (element.equals("String") || element.equals("java.lang.String"));
    }

    /** The primitive a boxed scalar holds ({@code Integer}, {@code java.lang.Integer} to {@code int}); itself otherwise. */
    public JavaType unboxed() {
        String simple = element.startsWith("java.lang.") ? element.substring("java.lang.".length()) : element;
        return dimensions == 0 && UNBOXED.containsKey(simple) ? new JavaType(UNBOXED.get(simple), 0) : this;
    }

    /** The type of one element of an array ({@code double[][]} to {@code double[]}). */
    public JavaType component() {
        if (dimensions == 0) {
            throw new IllegalStateException(this + " is not an array");
        }
        return new JavaType(element, dimensions - 1);
    }

    /** The scalar type at the bottom of an array ({@code double[][]} to {@code double}); itself for a scalar. */
    public JavaType base() {
        return new JavaType(element, 0);
    }

    /** Bytes of a primitive scalar, as MPJ Express sends it. */
    public int bytes() {
        return switch (element) {
            case "boolean", "byte" -> 1;
            case "char", "short" -> 2;
            case "int", "float" -> 4;
            default -> 8;
        };
    }

    /** The value a variable of this type starts with when jpar must initialise it: Java's default. */
    public String zero() {
        return bool() ? "false" : primitive() ? "0" : "null";
    }

    public boolean is(String spelled) {
        return toString().equals(spelled);
    }

    @Override
    public String toString() {
        return element + "[]".repeat(dimensions);
    }
}
