package io.jpar.runtime.cluster;

/** One call of a {@link Mover}, as recorded on one rank or read from another: what moves and its value. */
final class Slot {

    static final int SCALAR = 0;
    static final int ARRAY = 1;
    static final int ROWS = 2;
    static final int OBJECT = 3;

    final Mover.Op op;
    final Kind kind;        // null for OBJECT
    final int shape;
    final int scale;
    final int offset;
    final int width;        // ARRAY, ROWS by block: elements (rows) each iteration owns from scale * i + offset
    long bits;              // SCALAR
    Object value;           // ARRAY, ROWS, OBJECT
    int length = -1;        // ARRAY: its length, ROWS: the row count; -1 for null
    int[] rowLengths;       // ROWS: each row's length, -1 for a null row
    byte[] bytes;           // OBJECT: the serialized value

    Slot(Mover.Op op, Kind kind, int shape, int scale, int offset) {
        this(op, kind, shape, scale, offset, 1);
    }

    Slot(Mover.Op op, Kind kind, int shape, int scale, int offset, int width) {
        this.width = width;
        this.op = op;
        this.kind = kind;
        this.shape = shape;
        this.scale = scale;
        this.offset = offset;
    }

    /** Whether a slot of the results (after the block) stands for the same call as this one. */
    boolean sameCall(Slot other) {
        return op == other.op && kind == other.kind && shape == other.shape && scale == other.scale
                && offset == other.offset && width == other.width;
    }

    /** Whether this slot moves data after the block (rank r to rank 0). */
    boolean returns() {
        return op == Mover.Op.GATHER || op == Mover.Op.REDUCE;
    }

    String describe() {
        String what = shape == SCALAR ? "scalar" : shape == ARRAY ? "array" : shape == ROWS ? "rows" : "object";
        return op.name().toLowerCase(java.util.Locale.ROOT) + " of " + (kind == null ? "" : kind.name()
                .toLowerCase(java.util.Locale.ROOT) + " ") + what;
    }
}
