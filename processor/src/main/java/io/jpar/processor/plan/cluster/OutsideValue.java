package io.jpar.processor.plan.cluster;

import java.util.Set;

/**
 * A value from outside the loop that the body reads: a local or parameter of the method, or a field read by its
 * simple name. On a cluster every one of them is a field of the chunk, so that another JVM can be handed it.
 *
 * @param name  the variable's name, which the chunk's field keeps
 * @param type  its type as Java source
 * @param field whether it is a field of the user's class (copied as a value)
 */
public record OutsideValue(String name, String type, boolean field) {

    private static final Set<String> PRIMITIVES = Set.of("boolean", "byte", "char", "short", "int", "long", "float", "double");

    /** How a value of this type can travel: a primitive, a primitive array, rows of one, or an object. */
    public enum Shape { SCALAR, ARRAY, ROWS, OBJECT }

    public Shape shape() {
        String t = type.replace(" ", "");
        if (PRIMITIVES.contains(t)) {
            return Shape.SCALAR;
        }
        if (t.endsWith("[][]") && PRIMITIVES.contains(t.substring(0, t.length() - 4))) {
            return Shape.ROWS;
        }
        if (t.endsWith("[]") && PRIMITIVES.contains(t.substring(0, t.length() - 2))) {
            return Shape.ARRAY;
        }
        return Shape.OBJECT;
    }

    /** The primitive element type of an array or rows, the type of a scalar; null for objects. */
    public String element() {
        return shape() == Shape.OBJECT ? null : type.replace(" ", "").replace("[]", "");
    }

    /** Bytes of one element (or of the scalar), as MPJ Express sends it. */
    public static int bytes(String primitive) {
        return switch (primitive) {
            case "boolean", "byte" -> 1;
            case "char", "short" -> 2;
            case "int", "float" -> 4;
            default -> 8;
        };
    }

    public static boolean primitive(String type) {
        return PRIMITIVES.contains(type.replace(" ", ""));
    }
}
