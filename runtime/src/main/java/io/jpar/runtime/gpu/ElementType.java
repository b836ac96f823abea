package io.jpar.runtime.gpu;

import java.nio.ByteBuffer;

/**
 * A Java primitive type as it travels to a kernel: its OpenCL type and size, and how arrays of it are packed
 * into and unpacked from a byte buffer in the device's (the host's) byte order. {@code boolean} travels as
 * {@code uchar} (OpenCL forbids {@code bool} in buffers), {@code char} as {@code ushort}, {@code byte} as
 * {@code char}.
 */
enum ElementType {
    BOOLEAN("boolean", "uchar", 1),
    BYTE("byte", "char", 1),
    CHAR("char", "ushort", 2),
    SHORT("short", "short", 2),
    INT("int", "int", 4),
    LONG("long", "long", 8),
    FLOAT("float", "float", 4),
    DOUBLE("double", "double", 8);

    final String javaName;
    final String openClName;
    final int bytes;

    ElementType(String javaName, String openClName, int bytes) {
        this.javaName = javaName;
        this.openClName = openClName;
        this.bytes = bytes;
    }

    /** The number of elements of a 1-D array of this type. */
    int length(Object array) {
        switch (this) {
            case BOOLEAN: return ((boolean[]) array).length;
            case BYTE: return ((byte[]) array).length;
            case CHAR: return ((char[]) array).length;
            case SHORT: return ((short[]) array).length;
            case INT: return ((int[]) array).length;
            case LONG: return ((long[]) array).length;
            case FLOAT: return ((float[]) array).length;
            default: return ((double[]) array).length;
        }
    }

    /** Appends the elements of a 1-D array to {@code to} (bulk copies: these are memcpy). */
    void pack(Object array, ByteBuffer to) {
        int at = to.position();
        switch (this) {
            case BOOLEAN:
                for (boolean b : (boolean[]) array) {
                    to.put((byte) (b ? 1 : 0));
                }
                return;
            case BYTE: to.put((byte[]) array); return;
            case CHAR: to.asCharBuffer().put((char[]) array); break;
            case SHORT: to.asShortBuffer().put((short[]) array); break;
            case INT: to.asIntBuffer().put((int[]) array); break;
            case LONG: to.asLongBuffer().put((long[]) array); break;
            case FLOAT: to.asFloatBuffer().put((float[]) array); break;
            default: to.asDoubleBuffer().put((double[]) array); break;
        }
        to.position(at + length(array) * bytes);
    }

    /** Fills a 1-D array from the next elements of {@code from}. A {@code uchar} other than 0 is true. */
    void unpack(ByteBuffer from, Object array) {
        int at = from.position();
        switch (this) {
            case BOOLEAN:
                boolean[] b = (boolean[]) array;
                for (int i = 0; i < b.length; i++) {
                    b[i] = from.get() != 0;
                }
                return;
            case BYTE: from.get((byte[]) array); return;
            case CHAR: from.asCharBuffer().get((char[]) array); break;
            case SHORT: from.asShortBuffer().get((short[]) array); break;
            case INT: from.asIntBuffer().get((int[]) array); break;
            case LONG: from.asLongBuffer().get((long[]) array); break;
            case FLOAT: from.asFloatBuffer().get((float[]) array); break;
            default: from.asDoubleBuffer().get((double[]) array); break;
        }
        from.position(at + length(array) * bytes);
    }

    /**
     * Element {@code index} of {@code from} as a long: signed for the signed types, unsigned for {@code char},
     * 0 or 1 for {@code boolean}. Not for float and double.
     */
    long integral(ByteBuffer from, int index) {
        int at = index * bytes;
        switch (this) {
            case BOOLEAN: return from.get(at) != 0 ? 1 : 0;
            case BYTE: return from.get(at);
            case CHAR: return from.getChar(at);
            case SHORT: return from.getShort(at);
            case INT: return from.getInt(at);
            case LONG: return from.getLong(at);
            default: throw new IllegalStateException(this + " is not integral");
        }
    }

    boolean isFloating() {
        return this == FLOAT || this == DOUBLE;
    }
}
