package io.jpar.runtime.gpu;

import java.nio.ByteBuffer;

/**
 * One Java array of a launch as the device sees it: a 1-D array as is, a 2-D array flattened row-major (it
 * must be rectangular: a kernel indexes it as {@code a[i * a_cols + j]}). The same array bound to two
 * parameters is one {@code HostArray} (one device buffer) whose access is the union of both.
 */
final class HostArray {

    final Object array;
    final ElementType type;
    final boolean matrix;
    final String name;
    final int rows;
    final int cols;
    Access access;

    private HostArray(Object array, ElementType type, boolean matrix, String name, int rows, int cols, Access access) {
        this.array = array;
        this.type = type;
        this.matrix = matrix;
        this.name = name;
        this.rows = rows;
        this.cols = cols;
        this.access = access;
    }

    /**
     * @param name    the kernel parameter's name, for messages ({@code `a`})
     * @param context the loop, for messages
     * @throws IllegalArgumentException naming the row when a 2-D array is not rectangular
     */
    static HostArray of(KernelArgs.ArrayArg arg, String name, String context) {
        if (!arg.matrix()) {
            return new HostArray(arg.array(), arg.type(), false, name, 1, arg.type().length(arg.array()),
                    arg.access());
        }
        Object[] rows = (Object[]) arg.array();
        int cols = 0;
        for (int r = 0; r < rows.length; r++) {
            if (rows[r] == null) {
                throw new IllegalArgumentException("jpar: " + context + ": array " + name + " ("
                        + arg.type().javaName + "[" + rows.length + "][]) is not rectangular: row " + r
                        + " is null; a GPU loop needs rectangular 2-D arrays");
            }
            int length = arg.type().length(rows[r]);
            if (r == 0) {
                cols = length;
            } else if (length != cols) {
                throw new IllegalArgumentException("jpar: " + context + ": array " + name + " ("
                        + arg.type().javaName + "[" + rows.length + "][]) is not rectangular: row " + r + " has "
                        + length + " columns, row 0 has " + cols + "; a GPU loop needs rectangular 2-D arrays");
            }
        }
        return new HostArray(rows, arg.type(), true, name, rows.length, cols, arg.access());
    }

    long elements() {
        return (long) rows * cols;
    }

    long bytes() {
        return elements() * type.bytes;
    }

    /** The rows of a 2-D array; the array itself as its only row for a 1-D one. */
    Object[] rowArrays() {
        return matrix ? (Object[]) array : new Object[] {array};
    }

    /** Writes the elements, row after row, to {@code to} from its position. */
    void pack(ByteBuffer to) {
        for (Object row : rowArrays()) {
            type.pack(row, to);
        }
    }

    /** Reads the elements back from {@code from}, starting at index 0. */
    void unpack(ByteBuffer from) {
        from.position(0);
        for (Object row : rowArrays()) {
            type.unpack(from, row);
        }
    }

    /** {@code `a` (double[100])} or {@code `m` (int[3][4])}. */
    String describe() {
        return name + " (" + type.javaName + (matrix ? "[" + rows + "][" + cols + "]" : "[" + cols + "]") + ")";
    }
}
