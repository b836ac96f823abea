package io.jpar.processor.emit.gpu.opencl;

import io.jpar.processor.analysis.JavaType;
import java.util.Map;

/**
 * Java's primitive types in OpenCL C: the names, and Java's numeric promotion. {@code boolean} travels as
 * {@code uchar} in buffers and arguments (a kernel argument cannot be {@code bool}), {@code char} is unsigned
 * ({@code ushort}), {@code byte} is OpenCL's signed {@code char}.
 */
public final class ClType {

    private static final Map<String, String> CL = Map.of("boolean", "uchar", "byte", "char", "short", "short",
            "char", "ushort", "int", "int", "long", "long", "float", "float", "double", "double");

    private ClType() {
    }

    public static boolean primitive(String javaType) {
        return CL.containsKey(javaType);
    }

    public static boolean primitive(JavaType t) {
        return t.primitive();
    }

    public static String storage(JavaType t) {
        return storage(t.toString());
    }

    public static String local(JavaType t) {
        return local(t.toString());
    }

    /** The type of a buffer element, argument or reduction partial. */
    public static String storage(String javaType) {
        String t = CL.get(javaType);
        if (t == null) {
            throw new IllegalArgumentException("not a primitive type: " + javaType);
        }
        return t;
    }

    /** The type of a private variable: {@code bool} for booleans, the storage type otherwise. */
    public static String local(String javaType) {
        return javaType.equals("boolean") ? "bool" : storage(javaType);
    }

    public static boolean integral(String javaType) {
        return JavaType.of(javaType).integral();
    }

    public static boolean floating(String javaType) {
        return JavaType.of(javaType).floating();
    }

    public static boolean numeric(String javaType) {
        return JavaType.of(javaType).numeric();
    }

    /** Java's unary numeric promotion: byte, short and char become int. */
    public static String promoted(String javaType) {
        return switch (javaType) {
            case "byte", "short", "char" -> "int";
            default -> javaType;
        };
    }

    /** Java's binary numeric promotion. */
    public static String promoted(String a, String b) {
        if (a.equals("double") || b.equals("double")) {
            return "double";
        }
        if (a.equals("float") || b.equals("float")) {
            return "float";
        }
        if (a.equals("long") || b.equals("long")) {
            return "long";
        }
        return "int";
    }

    /** {@code double[][]} -> {@code double}. */
    public static String element(String arrayType) {
        return JavaType.of(arrayType).element();
    }

    /** How many dimensions a type has: 0 for a scalar. */
    public static int dimensions(String type) {
        return JavaType.of(type).dimensions();
    }
}
