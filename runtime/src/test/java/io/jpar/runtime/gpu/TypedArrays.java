package io.jpar.runtime.gpu;

import java.util.SplittableRandom;

/** Arrays of any primitive type for tests, filled with random values that include each type's extremes. */
final class TypedArrays {

    private TypedArrays() {
    }

    static Object random(ElementType type, int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Object array = java.lang.reflect.Array.newInstance(javaClass(type), n);
        for (int i = 0; i < n; i++) {
            switch (type) {
                case BOOLEAN -> ((boolean[]) array)[i] = random.nextBoolean();
                case FLOAT -> ((float[]) array)[i] = (float) (random.nextDouble(-1000, 1000));
                case DOUBLE -> ((double[]) array)[i] = random.nextDouble(-1e6, 1e6);
                default -> set(array, type, i, i % 7 == 0 ? extreme(type, i) : random.nextLong());
            }
        }
        return array;
    }

    private static long extreme(ElementType type, int i) {
        boolean low = (i / 7) % 2 == 0;
        return switch (type) {
            case BYTE -> low ? Byte.MIN_VALUE : Byte.MAX_VALUE;
            case CHAR -> low ? Character.MIN_VALUE : Character.MAX_VALUE;
            case SHORT -> low ? Short.MIN_VALUE : Short.MAX_VALUE;
            case INT -> low ? Integer.MIN_VALUE : Integer.MAX_VALUE;
            default -> low ? Long.MIN_VALUE : Long.MAX_VALUE;
        };
    }

    static Class<?> javaClass(ElementType type) {
        return switch (type) {
            case BOOLEAN -> boolean.class;
            case BYTE -> byte.class;
            case CHAR -> char.class;
            case SHORT -> short.class;
            case INT -> int.class;
            case LONG -> long.class;
            case FLOAT -> float.class;
            case DOUBLE -> double.class;
        };
    }

    /** Element {@code i} of an integral array, widened (char unsigned). */
    static long get(Object array, int i) {
        return java.lang.reflect.Array.getLong(array, i);
    }

    /** Stores {@code value} narrowed to the array's type, as a Java cast does. */
    static void set(Object array, ElementType type, int i, long value) {
        switch (type) {
            case BYTE -> ((byte[]) array)[i] = (byte) value;
            case CHAR -> ((char[]) array)[i] = (char) value;
            case SHORT -> ((short[]) array)[i] = (short) value;
            case INT -> ((int[]) array)[i] = (int) value;
            case LONG -> ((long[]) array)[i] = value;
            default -> throw new IllegalArgumentException(type.toString());
        }
    }

    static Object copy(Object array) {
        int n = java.lang.reflect.Array.getLength(array);
        Object copy = java.lang.reflect.Array.newInstance(array.getClass().getComponentType(), n);
        System.arraycopy(array, 0, copy, 0, n);
        return copy;
    }
}
