package io.jpar.runtime.cluster;

/**
 * How the values of a CLUSTER chunk travel between ranks, written once by the generated {@code move} method and
 * read in every direction: on rank 0 before the call (what to send), on the other ranks before their block (what
 * they receive) and after it (what they send back), and on rank 0 after the call (what comes back). Each method
 * returns the value the field must hold afterwards on the rank that calls it, so generated code is always
 * {@code field = m$.op(field, ...)}, one statement per field, in the same order on every rank.
 *
 * <ul>
 *   <li>{@code broadcast}: read at any index; every rank gets a full copy;
 *   <li>{@code scatter(a, scale, offset)}: read only at {@code a[scale * i + offset]}, {@code i} being the
 *       distributed index (the outer one under {@code collapse}); the other ranks get a full-length array with only
 *       their block's elements filled, so {@code a.length} and global indices stay right;
 *   <li>{@code gather(a, scale, offset)}: written at {@code a[scale * i + offset]}; each rank's block comes back
 *       into rank 0's array. An array read and written at the same index is scattered, then gathered;
 *   <li>{@code reduce}: a reduction variable or an array reduction; rank 0 merges the partials with the chunk's
 *       {@code merge}, in rank order;
 *   <li>{@code object}: a value of any other type, by Java serialization behind an allow-list
 *       (see {@link ObjectCodec}).
 * </ul>
 * For {@code T[][]} the unit is a row: {@code scatter} and {@code gather} move the rows {@code scale * i + offset}
 * (their elements travel as one typed buffer). Rows that are gathered must exist on rank 0 before the loop and
 * keep their length in the body.
 *
 * <p>Only the runtime makes movers; generated code only calls them.
 */
public abstract class Mover {

    /** What a call of the mover asks for. */
    enum Op { BROADCAST, SCATTER, GATHER, REDUCE, OBJECT }

    Mover() {
    }

    /** A scalar, as raw bits ({@code boolean} 0/1, {@code float} and {@code double} raw bits). */
    abstract long scalar(Op op, Kind kind, long bits);

    /**
     * A one-dimensional primitive array, or null; by block, each iteration owns the {@code width} elements from
     * {@code scale * i + offset}.
     */
    abstract Object array(Op op, Kind kind, Object a, int scale, int offset, int width);

    /** An array of primitive rows, or null; by block, each iteration owns {@code width} rows from {@code scale * i + offset}. */
    abstract Object rows(Op op, Kind kind, Object a, int scale, int offset, int width);

    /** A value of another type. */
    abstract Object value(Object v);

    /** A value of any other type that the body reads: every rank gets a copy (Java serialization, filtered). */
    @SuppressWarnings("unchecked")
    public final <V> V object(V v) {
        return (V) value(v);
    }

    /**
     * A primitive array ({@code T[]}) or an array of primitive rows ({@code T[][]}), of class {@code type}, read only
     * in lanes: iteration {@code i} reads only {@code a[scale * i + offset + c]} for {@code 0 <= c < width} (a block
     * of 8 elements per iteration, {@code flat[3 * i + c]}). Each rank gets its block's lanes, as
     * {@link #scatter(int[], int, int)} does for one element per iteration.
     */
    public final <A> A scatter(A a, Class<A> type, int scale, int offset, int width) {
        return lanes(Op.SCATTER, a, type, scale, offset, width);
    }

    /** An array written only in lanes (see {@link #scatter(Object, Class, int, int, int)}): each rank's lanes come back to rank 0. */
    public final <A> A gather(A a, Class<A> type, int scale, int offset, int width) {
        return lanes(Op.GATHER, a, type, scale, offset, width);
    }

    private <A> A lanes(Op op, A a, Class<A> type, int scale, int offset, int width) {
        if (width < 1) {
            throw new IllegalArgumentException("jpar: a lane of " + width + " elements");
        }
        Class<?> element = type.getComponentType();
        if (element == null || !(element.isPrimitive() || element.isArray() && element.getComponentType().isPrimitive())) {
            throw new IllegalArgumentException("jpar: lanes of " + type.getName() + "; only primitive arrays and rows move in lanes");
        }
        return type.cast(element.isArray() ? rows(op, Kind.of(element.getComponentType()), a, scale, offset, width)
                : array(op, Kind.of(element), a, scale, offset, width));
    }

    // ---- boolean

    /** A boolean read by the body: every rank gets it. */
    public final boolean broadcast(boolean v) {
        return scalar(Op.BROADCAST, Kind.BOOLEAN, v ? 1L : 0L) != 0;
    }

    /** A boolean reduction variable: each rank's partial comes back to rank 0. */
    public final boolean reduce(boolean v) {
        return scalar(Op.REDUCE, Kind.BOOLEAN, v ? 1L : 0L) != 0;
    }

    /** An array read at any index: every rank gets all of it. */
    public final boolean[] broadcast(boolean[] a) {
        return (boolean[]) array(Op.BROADCAST, Kind.BOOLEAN, a, 0, 0, 1);
    }

    /** An array read only at {@code a[scale * i + offset]}: each rank gets the elements of its block. */
    public final boolean[] scatter(boolean[] a, int scale, int offset) {
        return (boolean[]) array(Op.SCATTER, Kind.BOOLEAN, a, scale, offset, 1);
    }

    /** An array written at {@code a[scale * i + offset]}: each rank's block comes back to rank 0. */
    public final boolean[] gather(boolean[] a, int scale, int offset) {
        return (boolean[]) array(Op.GATHER, Kind.BOOLEAN, a, scale, offset, 1);
    }

    /** An array reduction ({@code h[k] += v}): each rank's partial array comes back to rank 0. */
    public final boolean[] reduce(boolean[] a) {
        return (boolean[]) array(Op.REDUCE, Kind.BOOLEAN, a, 0, 0, 1);
    }

    /** Rows read at any index: every rank gets all of them. */
    public final boolean[][] broadcast(boolean[][] a) {
        return (boolean[][]) rows(Op.BROADCAST, Kind.BOOLEAN, a, 0, 0, 1);
    }

    /** Rows read only at {@code a[scale * i + offset]}: each rank gets the rows of its block. */
    public final boolean[][] scatter(boolean[][] a, int scale, int offset) {
        return (boolean[][]) rows(Op.SCATTER, Kind.BOOLEAN, a, scale, offset, 1);
    }

    /** Rows written at {@code a[scale * i + offset][...]}: each rank's rows come back to rank 0. */
    public final boolean[][] gather(boolean[][] a, int scale, int offset) {
        return (boolean[][]) rows(Op.GATHER, Kind.BOOLEAN, a, scale, offset, 1);
    }

    // ---- byte

    /** A byte read by the body: every rank gets it. */
    public final byte broadcast(byte v) {
        return (byte) scalar(Op.BROADCAST, Kind.BYTE, v);
    }

    /** A byte reduction variable: each rank's partial comes back to rank 0. */
    public final byte reduce(byte v) {
        return (byte) scalar(Op.REDUCE, Kind.BYTE, v);
    }

    /** An array read at any index: every rank gets all of it. */
    public final byte[] broadcast(byte[] a) {
        return (byte[]) array(Op.BROADCAST, Kind.BYTE, a, 0, 0, 1);
    }

    /** An array read only at {@code a[scale * i + offset]}: each rank gets the elements of its block. */
    public final byte[] scatter(byte[] a, int scale, int offset) {
        return (byte[]) array(Op.SCATTER, Kind.BYTE, a, scale, offset, 1);
    }

    /** An array written at {@code a[scale * i + offset]}: each rank's block comes back to rank 0. */
    public final byte[] gather(byte[] a, int scale, int offset) {
        return (byte[]) array(Op.GATHER, Kind.BYTE, a, scale, offset, 1);
    }

    /** An array reduction ({@code h[k] += v}): each rank's partial array comes back to rank 0. */
    public final byte[] reduce(byte[] a) {
        return (byte[]) array(Op.REDUCE, Kind.BYTE, a, 0, 0, 1);
    }

    /** Rows read at any index: every rank gets all of them. */
    public final byte[][] broadcast(byte[][] a) {
        return (byte[][]) rows(Op.BROADCAST, Kind.BYTE, a, 0, 0, 1);
    }

    /** Rows read only at {@code a[scale * i + offset]}: each rank gets the rows of its block. */
    public final byte[][] scatter(byte[][] a, int scale, int offset) {
        return (byte[][]) rows(Op.SCATTER, Kind.BYTE, a, scale, offset, 1);
    }

    /** Rows written at {@code a[scale * i + offset][...]}: each rank's rows come back to rank 0. */
    public final byte[][] gather(byte[][] a, int scale, int offset) {
        return (byte[][]) rows(Op.GATHER, Kind.BYTE, a, scale, offset, 1);
    }

    // ---- char

    /** A char read by the body: every rank gets it. */
    public final char broadcast(char v) {
        return (char) scalar(Op.BROADCAST, Kind.CHAR, v);
    }

    /** A char reduction variable: each rank's partial comes back to rank 0. */
    public final char reduce(char v) {
        return (char) scalar(Op.REDUCE, Kind.CHAR, v);
    }

    /** An array read at any index: every rank gets all of it. */
    public final char[] broadcast(char[] a) {
        return (char[]) array(Op.BROADCAST, Kind.CHAR, a, 0, 0, 1);
    }

    /** An array read only at {@code a[scale * i + offset]}: each rank gets the elements of its block. */
    public final char[] scatter(char[] a, int scale, int offset) {
        return (char[]) array(Op.SCATTER, Kind.CHAR, a, scale, offset, 1);
    }

    /** An array written at {@code a[scale * i + offset]}: each rank's block comes back to rank 0. */
    public final char[] gather(char[] a, int scale, int offset) {
        return (char[]) array(Op.GATHER, Kind.CHAR, a, scale, offset, 1);
    }

    /** An array reduction ({@code h[k] += v}): each rank's partial array comes back to rank 0. */
    public final char[] reduce(char[] a) {
        return (char[]) array(Op.REDUCE, Kind.CHAR, a, 0, 0, 1);
    }

    /** Rows read at any index: every rank gets all of them. */
    public final char[][] broadcast(char[][] a) {
        return (char[][]) rows(Op.BROADCAST, Kind.CHAR, a, 0, 0, 1);
    }

    /** Rows read only at {@code a[scale * i + offset]}: each rank gets the rows of its block. */
    public final char[][] scatter(char[][] a, int scale, int offset) {
        return (char[][]) rows(Op.SCATTER, Kind.CHAR, a, scale, offset, 1);
    }

    /** Rows written at {@code a[scale * i + offset][...]}: each rank's rows come back to rank 0. */
    public final char[][] gather(char[][] a, int scale, int offset) {
        return (char[][]) rows(Op.GATHER, Kind.CHAR, a, scale, offset, 1);
    }

    // ---- short

    /** A short read by the body: every rank gets it. */
    public final short broadcast(short v) {
        return (short) scalar(Op.BROADCAST, Kind.SHORT, v);
    }

    /** A short reduction variable: each rank's partial comes back to rank 0. */
    public final short reduce(short v) {
        return (short) scalar(Op.REDUCE, Kind.SHORT, v);
    }

    /** An array read at any index: every rank gets all of it. */
    public final short[] broadcast(short[] a) {
        return (short[]) array(Op.BROADCAST, Kind.SHORT, a, 0, 0, 1);
    }

    /** An array read only at {@code a[scale * i + offset]}: each rank gets the elements of its block. */
    public final short[] scatter(short[] a, int scale, int offset) {
        return (short[]) array(Op.SCATTER, Kind.SHORT, a, scale, offset, 1);
    }

    /** An array written at {@code a[scale * i + offset]}: each rank's block comes back to rank 0. */
    public final short[] gather(short[] a, int scale, int offset) {
        return (short[]) array(Op.GATHER, Kind.SHORT, a, scale, offset, 1);
    }

    /** An array reduction ({@code h[k] += v}): each rank's partial array comes back to rank 0. */
    public final short[] reduce(short[] a) {
        return (short[]) array(Op.REDUCE, Kind.SHORT, a, 0, 0, 1);
    }

    /** Rows read at any index: every rank gets all of them. */
    public final short[][] broadcast(short[][] a) {
        return (short[][]) rows(Op.BROADCAST, Kind.SHORT, a, 0, 0, 1);
    }

    /** Rows read only at {@code a[scale * i + offset]}: each rank gets the rows of its block. */
    public final short[][] scatter(short[][] a, int scale, int offset) {
        return (short[][]) rows(Op.SCATTER, Kind.SHORT, a, scale, offset, 1);
    }

    /** Rows written at {@code a[scale * i + offset][...]}: each rank's rows come back to rank 0. */
    public final short[][] gather(short[][] a, int scale, int offset) {
        return (short[][]) rows(Op.GATHER, Kind.SHORT, a, scale, offset, 1);
    }

    // ---- int

    /** A int read by the body: every rank gets it. */
    public final int broadcast(int v) {
        return (int) scalar(Op.BROADCAST, Kind.INT, v);
    }

    /** A int reduction variable: each rank's partial comes back to rank 0. */
    public final int reduce(int v) {
        return (int) scalar(Op.REDUCE, Kind.INT, v);
    }

    /** An array read at any index: every rank gets all of it. */
    public final int[] broadcast(int[] a) {
        return (int[]) array(Op.BROADCAST, Kind.INT, a, 0, 0, 1);
    }

    /** An array read only at {@code a[scale * i + offset]}: each rank gets the elements of its block. */
    public final int[] scatter(int[] a, int scale, int offset) {
        return (int[]) array(Op.SCATTER, Kind.INT, a, scale, offset, 1);
    }

    /** An array written at {@code a[scale * i + offset]}: each rank's block comes back to rank 0. */
    public final int[] gather(int[] a, int scale, int offset) {
        return (int[]) array(Op.GATHER, Kind.INT, a, scale, offset, 1);
    }

    /** An array reduction ({@code h[k] += v}): each rank's partial array comes back to rank 0. */
    public final int[] reduce(int[] a) {
        return (int[]) array(Op.REDUCE, Kind.INT, a, 0, 0, 1);
    }

    /** Rows read at any index: every rank gets all of them. */
    public final int[][] broadcast(int[][] a) {
        return (int[][]) rows(Op.BROADCAST, Kind.INT, a, 0, 0, 1);
    }

    /** Rows read only at {@code a[scale * i + offset]}: each rank gets the rows of its block. */
    public final int[][] scatter(int[][] a, int scale, int offset) {
        return (int[][]) rows(Op.SCATTER, Kind.INT, a, scale, offset, 1);
    }

    /** Rows written at {@code a[scale * i + offset][...]}: each rank's rows come back to rank 0. */
    public final int[][] gather(int[][] a, int scale, int offset) {
        return (int[][]) rows(Op.GATHER, Kind.INT, a, scale, offset, 1);
    }

    // ---- long

    /** A long read by the body: every rank gets it. */
    public final long broadcast(long v) {
        return scalar(Op.BROADCAST, Kind.LONG, v);
    }

    /** A long reduction variable: each rank's partial comes back to rank 0. */
    public final long reduce(long v) {
        return scalar(Op.REDUCE, Kind.LONG, v);
    }

    /** An array read at any index: every rank gets all of it. */
    public final long[] broadcast(long[] a) {
        return (long[]) array(Op.BROADCAST, Kind.LONG, a, 0, 0, 1);
    }

    /** An array read only at {@code a[scale * i + offset]}: each rank gets the elements of its block. */
    public final long[] scatter(long[] a, int scale, int offset) {
        return (long[]) array(Op.SCATTER, Kind.LONG, a, scale, offset, 1);
    }

    /** An array written at {@code a[scale * i + offset]}: each rank's block comes back to rank 0. */
    public final long[] gather(long[] a, int scale, int offset) {
        return (long[]) array(Op.GATHER, Kind.LONG, a, scale, offset, 1);
    }

    /** An array reduction ({@code h[k] += v}): each rank's partial array comes back to rank 0. */
    public final long[] reduce(long[] a) {
        return (long[]) array(Op.REDUCE, Kind.LONG, a, 0, 0, 1);
    }

    /** Rows read at any index: every rank gets all of them. */
    public final long[][] broadcast(long[][] a) {
        return (long[][]) rows(Op.BROADCAST, Kind.LONG, a, 0, 0, 1);
    }

    /** Rows read only at {@code a[scale * i + offset]}: each rank gets the rows of its block. */
    public final long[][] scatter(long[][] a, int scale, int offset) {
        return (long[][]) rows(Op.SCATTER, Kind.LONG, a, scale, offset, 1);
    }

    /** Rows written at {@code a[scale * i + offset][...]}: each rank's rows come back to rank 0. */
    public final long[][] gather(long[][] a, int scale, int offset) {
        return (long[][]) rows(Op.GATHER, Kind.LONG, a, scale, offset, 1);
    }

    // ---- float

    /** A float read by the body: every rank gets it. */
    public final float broadcast(float v) {
        return Float.intBitsToFloat((int) scalar(Op.BROADCAST, Kind.FLOAT, Float.floatToRawIntBits(v)));
    }

    /** A float reduction variable: each rank's partial comes back to rank 0. */
    public final float reduce(float v) {
        return Float.intBitsToFloat((int) scalar(Op.REDUCE, Kind.FLOAT, Float.floatToRawIntBits(v)));
    }

    /** An array read at any index: every rank gets all of it. */
    public final float[] broadcast(float[] a) {
        return (float[]) array(Op.BROADCAST, Kind.FLOAT, a, 0, 0, 1);
    }

    /** An array read only at {@code a[scale * i + offset]}: each rank gets the elements of its block. */
    public final float[] scatter(float[] a, int scale, int offset) {
        return (float[]) array(Op.SCATTER, Kind.FLOAT, a, scale, offset, 1);
    }

    /** An array written at {@code a[scale * i + offset]}: each rank's block comes back to rank 0. */
    public final float[] gather(float[] a, int scale, int offset) {
        return (float[]) array(Op.GATHER, Kind.FLOAT, a, scale, offset, 1);
    }

    /** An array reduction ({@code h[k] += v}): each rank's partial array comes back to rank 0. */
    public final float[] reduce(float[] a) {
        return (float[]) array(Op.REDUCE, Kind.FLOAT, a, 0, 0, 1);
    }

    /** Rows read at any index: every rank gets all of them. */
    public final float[][] broadcast(float[][] a) {
        return (float[][]) rows(Op.BROADCAST, Kind.FLOAT, a, 0, 0, 1);
    }

    /** Rows read only at {@code a[scale * i + offset]}: each rank gets the rows of its block. */
    public final float[][] scatter(float[][] a, int scale, int offset) {
        return (float[][]) rows(Op.SCATTER, Kind.FLOAT, a, scale, offset, 1);
    }

    /** Rows written at {@code a[scale * i + offset][...]}: each rank's rows come back to rank 0. */
    public final float[][] gather(float[][] a, int scale, int offset) {
        return (float[][]) rows(Op.GATHER, Kind.FLOAT, a, scale, offset, 1);
    }

    // ---- double

    /** A double read by the body: every rank gets it. */
    public final double broadcast(double v) {
        return Double.longBitsToDouble(scalar(Op.BROADCAST, Kind.DOUBLE, Double.doubleToRawLongBits(v)));
    }

    /** A double reduction variable: each rank's partial comes back to rank 0. */
    public final double reduce(double v) {
        return Double.longBitsToDouble(scalar(Op.REDUCE, Kind.DOUBLE, Double.doubleToRawLongBits(v)));
    }

    /** An array read at any index: every rank gets all of it. */
    public final double[] broadcast(double[] a) {
        return (double[]) array(Op.BROADCAST, Kind.DOUBLE, a, 0, 0, 1);
    }

    /** An array read only at {@code a[scale * i + offset]}: each rank gets the elements of its block. */
    public final double[] scatter(double[] a, int scale, int offset) {
        return (double[]) array(Op.SCATTER, Kind.DOUBLE, a, scale, offset, 1);
    }

    /** An array written at {@code a[scale * i + offset]}: each rank's block comes back to rank 0. */
    public final double[] gather(double[] a, int scale, int offset) {
        return (double[]) array(Op.GATHER, Kind.DOUBLE, a, scale, offset, 1);
    }

    /** An array reduction ({@code h[k] += v}): each rank's partial array comes back to rank 0. */
    public final double[] reduce(double[] a) {
        return (double[]) array(Op.REDUCE, Kind.DOUBLE, a, 0, 0, 1);
    }

    /** Rows read at any index: every rank gets all of them. */
    public final double[][] broadcast(double[][] a) {
        return (double[][]) rows(Op.BROADCAST, Kind.DOUBLE, a, 0, 0, 1);
    }

    /** Rows read only at {@code a[scale * i + offset]}: each rank gets the rows of its block. */
    public final double[][] scatter(double[][] a, int scale, int offset) {
        return (double[][]) rows(Op.SCATTER, Kind.DOUBLE, a, scale, offset, 1);
    }

    /** Rows written at {@code a[scale * i + offset][...]}: each rank's rows come back to rank 0. */
    public final double[][] gather(double[][] a, int scale, int offset) {
        return (double[][]) rows(Op.GATHER, Kind.DOUBLE, a, scale, offset, 1);
    }
}
