package io.jpar.runtime.cluster;

import java.lang.reflect.Array;

/** The primitive element types that travel as typed buffers (never by serialization). */
public enum Kind {
    BOOLEAN(boolean.class), BYTE(byte.class), CHAR(char.class), SHORT(short.class),
    INT(int.class), LONG(long.class), FLOAT(float.class), DOUBLE(double.class);

    private final Class<?> type;

    Kind(Class<?> type) {
        this.type = type;
    }

    /** The kind of a primitive type. */
    static Kind of(Class<?> primitive) {
        for (Kind k : values()) {
            if (k.type == primitive) {
                return k;
            }
        }
        throw new IllegalArgumentException("jpar: not a primitive type: " + primitive);
    }

    /** The primitive type, e.g. {@code double.class}. */
    public Class<?> type() {
        return type;
    }

    /** A new zeroed array of this element type. */
    Object newArray(int length) {
        return Array.newInstance(type, length);
    }

    /** The class of arrays of this element type, e.g. {@code double[].class}. */
    Class<?> arrayClass() {
        return type.arrayType();
    }
}
