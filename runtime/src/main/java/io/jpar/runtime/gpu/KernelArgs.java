package io.jpar.runtime.gpu;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * The arguments of one kernel launch, as a chunk's {@code bind} hands them over: one call per kernel parameter,
 * in the kernel's parameter order (see docs/ARCHITECTURE.md, "Generated code for the GPU target"). Arrays and
 * scalars become the parameters after the loop's bounds; every {@code reduce} adds a pair of parameters
 * (partials, scratch) after all of them.
 *
 * <p>The runtime calls {@code bind} twice on one {@code KernelArgs}: to collect the arguments before the
 * launch, then after it, when only {@code reduce} does something: it returns the combined value.
 */
public final class KernelArgs {

    /** An array parameter; a {@code matrix} (T[][]) is followed by its column count. */
    record ArrayArg(Object array, ElementType type, Access access, boolean matrix) {
    }

    /** A scalar parameter: its value's bytes in the host's order. */
    record ScalarArg(ElementType type, byte[] value) {
    }

    /** A reduction: its partials (one per work-group) arrive after the launch. */
    static final class Reduction {
        final ElementType type;
        final Op op;
        ByteBuffer partials;
        int groups;

        Reduction(ElementType type, Op op) {
            this.type = type;
            this.op = op;
        }
    }

    private final String context;
    private final List<Object> parameters = new ArrayList<>();
    private final List<Reduction> reductions = new ArrayList<>();
    private boolean results;
    private int nextReduction;

    /** @param context the loop and kernel, for messages */
    KernelArgs(String context) {
        this.context = context;
    }

    /** An array the kernel only reads. */
    public void in(boolean[] a) {
        array(a, ElementType.BOOLEAN, Access.IN, false);
    }

    /** An array the kernel only reads. */
    public void in(byte[] a) {
        array(a, ElementType.BYTE, Access.IN, false);
    }

    /** An array the kernel only reads. */
    public void in(char[] a) {
        array(a, ElementType.CHAR, Access.IN, false);
    }

    /** An array the kernel only reads. */
    public void in(short[] a) {
        array(a, ElementType.SHORT, Access.IN, false);
    }

    /** An array the kernel only reads. */
    public void in(int[] a) {
        array(a, ElementType.INT, Access.IN, false);
    }

    /** An array the kernel only reads. */
    public void in(long[] a) {
        array(a, ElementType.LONG, Access.IN, false);
    }

    /** An array the kernel only reads. */
    public void in(float[] a) {
        array(a, ElementType.FLOAT, Access.IN, false);
    }

    /** An array the kernel only reads. */
    public void in(double[] a) {
        array(a, ElementType.DOUBLE, Access.IN, false);
    }

    /** An array the kernel only reads, rectangular: passed flattened row-major, then its column count. */
    public void in(boolean[][] a) {
        array(a, ElementType.BOOLEAN, Access.IN, true);
    }

    /** An array the kernel only reads, rectangular: passed flattened row-major, then its column count. */
    public void in(byte[][] a) {
        array(a, ElementType.BYTE, Access.IN, true);
    }

    /** An array the kernel only reads, rectangular: passed flattened row-major, then its column count. */
    public void in(char[][] a) {
        array(a, ElementType.CHAR, Access.IN, true);
    }

    /** An array the kernel only reads, rectangular: passed flattened row-major, then its column count. */
    public void in(short[][] a) {
        array(a, ElementType.SHORT, Access.IN, true);
    }

    /** An array the kernel only reads, rectangular: passed flattened row-major, then its column count. */
    public void in(int[][] a) {
        array(a, ElementType.INT, Access.IN, true);
    }

    /** An array the kernel only reads, rectangular: passed flattened row-major, then its column count. */
    public void in(long[][] a) {
        array(a, ElementType.LONG, Access.IN, true);
    }

    /** An array the kernel only reads, rectangular: passed flattened row-major, then its column count. */
    public void in(float[][] a) {
        array(a, ElementType.FLOAT, Access.IN, true);
    }

    /** An array the kernel only reads, rectangular: passed flattened row-major, then its column count. */
    public void in(double[][] a) {
        array(a, ElementType.DOUBLE, Access.IN, true);
    }

    /** An array the kernel only writes (elements it does not write keep their values). */
    public void out(boolean[] a) {
        array(a, ElementType.BOOLEAN, Access.OUT, false);
    }

    /** An array the kernel only writes (elements it does not write keep their values). */
    public void out(byte[] a) {
        array(a, ElementType.BYTE, Access.OUT, false);
    }

    /** An array the kernel only writes (elements it does not write keep their values). */
    public void out(char[] a) {
        array(a, ElementType.CHAR, Access.OUT, false);
    }

    /** An array the kernel only writes (elements it does not write keep their values). */
    public void out(short[] a) {
        array(a, ElementType.SHORT, Access.OUT, false);
    }

    /** An array the kernel only writes (elements it does not write keep their values). */
    public void out(int[] a) {
        array(a, ElementType.INT, Access.OUT, false);
    }

    /** An array the kernel only writes (elements it does not write keep their values). */
    public void out(long[] a) {
        array(a, ElementType.LONG, Access.OUT, false);
    }

    /** An array the kernel only writes (elements it does not write keep their values). */
    public void out(float[] a) {
        array(a, ElementType.FLOAT, Access.OUT, false);
    }

    /** An array the kernel only writes (elements it does not write keep their values). */
    public void out(double[] a) {
        array(a, ElementType.DOUBLE, Access.OUT, false);
    }

    /** An array the kernel only writes (elements it does not write keep their values), rectangular: passed flattened row-major, then its column count. */
    public void out(boolean[][] a) {
        array(a, ElementType.BOOLEAN, Access.OUT, true);
    }

    /** An array the kernel only writes (elements it does not write keep their values), rectangular: passed flattened row-major, then its column count. */
    public void out(byte[][] a) {
        array(a, ElementType.BYTE, Access.OUT, true);
    }

    /** An array the kernel only writes (elements it does not write keep their values), rectangular: passed flattened row-major, then its column count. */
    public void out(char[][] a) {
        array(a, ElementType.CHAR, Access.OUT, true);
    }

    /** An array the kernel only writes (elements it does not write keep their values), rectangular: passed flattened row-major, then its column count. */
    public void out(short[][] a) {
        array(a, ElementType.SHORT, Access.OUT, true);
    }

    /** An array the kernel only writes (elements it does not write keep their values), rectangular: passed flattened row-major, then its column count. */
    public void out(int[][] a) {
        array(a, ElementType.INT, Access.OUT, true);
    }

    /** An array the kernel only writes (elements it does not write keep their values), rectangular: passed flattened row-major, then its column count. */
    public void out(long[][] a) {
        array(a, ElementType.LONG, Access.OUT, true);
    }

    /** An array the kernel only writes (elements it does not write keep their values), rectangular: passed flattened row-major, then its column count. */
    public void out(float[][] a) {
        array(a, ElementType.FLOAT, Access.OUT, true);
    }

    /** An array the kernel only writes (elements it does not write keep their values), rectangular: passed flattened row-major, then its column count. */
    public void out(double[][] a) {
        array(a, ElementType.DOUBLE, Access.OUT, true);
    }

    /** An array the kernel reads and writes. */
    public void inOut(boolean[] a) {
        array(a, ElementType.BOOLEAN, Access.IN_OUT, false);
    }

    /** An array the kernel reads and writes. */
    public void inOut(byte[] a) {
        array(a, ElementType.BYTE, Access.IN_OUT, false);
    }

    /** An array the kernel reads and writes. */
    public void inOut(char[] a) {
        array(a, ElementType.CHAR, Access.IN_OUT, false);
    }

    /** An array the kernel reads and writes. */
    public void inOut(short[] a) {
        array(a, ElementType.SHORT, Access.IN_OUT, false);
    }

    /** An array the kernel reads and writes. */
    public void inOut(int[] a) {
        array(a, ElementType.INT, Access.IN_OUT, false);
    }

    /** An array the kernel reads and writes. */
    public void inOut(long[] a) {
        array(a, ElementType.LONG, Access.IN_OUT, false);
    }

    /** An array the kernel reads and writes. */
    public void inOut(float[] a) {
        array(a, ElementType.FLOAT, Access.IN_OUT, false);
    }

    /** An array the kernel reads and writes. */
    public void inOut(double[] a) {
        array(a, ElementType.DOUBLE, Access.IN_OUT, false);
    }

    /** An array the kernel reads and writes, rectangular: passed flattened row-major, then its column count. */
    public void inOut(boolean[][] a) {
        array(a, ElementType.BOOLEAN, Access.IN_OUT, true);
    }

    /** An array the kernel reads and writes, rectangular: passed flattened row-major, then its column count. */
    public void inOut(byte[][] a) {
        array(a, ElementType.BYTE, Access.IN_OUT, true);
    }

    /** An array the kernel reads and writes, rectangular: passed flattened row-major, then its column count. */
    public void inOut(char[][] a) {
        array(a, ElementType.CHAR, Access.IN_OUT, true);
    }

    /** An array the kernel reads and writes, rectangular: passed flattened row-major, then its column count. */
    public void inOut(short[][] a) {
        array(a, ElementType.SHORT, Access.IN_OUT, true);
    }

    /** An array the kernel reads and writes, rectangular: passed flattened row-major, then its column count. */
    public void inOut(int[][] a) {
        array(a, ElementType.INT, Access.IN_OUT, true);
    }

    /** An array the kernel reads and writes, rectangular: passed flattened row-major, then its column count. */
    public void inOut(long[][] a) {
        array(a, ElementType.LONG, Access.IN_OUT, true);
    }

    /** An array the kernel reads and writes, rectangular: passed flattened row-major, then its column count. */
    public void inOut(float[][] a) {
        array(a, ElementType.FLOAT, Access.IN_OUT, true);
    }

    /** An array the kernel reads and writes, rectangular: passed flattened row-major, then its column count. */
    public void inOut(double[][] a) {
        array(a, ElementType.DOUBLE, Access.IN_OUT, true);
    }

    /** A value the kernel reads. */
    public void scalar(boolean v) {
        scalar(ElementType.BOOLEAN, bytes(ElementType.BOOLEAN).put((byte) (v ? 1 : 0)));
    }

    /** A value the kernel reads. */
    public void scalar(byte v) {
        scalar(ElementType.BYTE, bytes(ElementType.BYTE).put(v));
    }

    /** A value the kernel reads. */
    public void scalar(char v) {
        scalar(ElementType.CHAR, bytes(ElementType.CHAR).putChar(v));
    }

    /** A value the kernel reads. */
    public void scalar(short v) {
        scalar(ElementType.SHORT, bytes(ElementType.SHORT).putShort(v));
    }

    /** A value the kernel reads. */
    public void scalar(int v) {
        scalar(ElementType.INT, bytes(ElementType.INT).putInt(v));
    }

    /** A value the kernel reads. */
    public void scalar(long v) {
        scalar(ElementType.LONG, bytes(ElementType.LONG).putLong(v));
    }

    /** A value the kernel reads. */
    public void scalar(float v) {
        scalar(ElementType.FLOAT, bytes(ElementType.FLOAT).putFloat(v));
    }

    /** A value the kernel reads. */
    public void scalar(double v) {
        scalar(ElementType.DOUBLE, bytes(ElementType.DOUBLE).putDouble(v));
    }

    /**
     * A reduction: before the launch returns {@code value} unchanged; after it, {@code value} (the prototype's)
     * combined with the work-groups' partials in group order.
     */
    public boolean reduce(boolean value, Op op) {
        if (!results) {
            collect(ElementType.BOOLEAN, op);
            return value;
        }
        return Combine.integral(value ? 1 : 0, next(ElementType.BOOLEAN, op)) != 0;
    }

    /**
     * A reduction: before the launch returns {@code value} unchanged; after it, {@code value} (the prototype's)
     * combined with the work-groups' partials in group order.
     */
    public byte reduce(byte value, Op op) {
        if (!results) {
            collect(ElementType.BYTE, op);
            return value;
        }
        return (byte) Combine.integral(value, next(ElementType.BYTE, op));
    }

    /**
     * A reduction: before the launch returns {@code value} unchanged; after it, {@code value} (the prototype's)
     * combined with the work-groups' partials in group order.
     */
    public char reduce(char value, Op op) {
        if (!results) {
            collect(ElementType.CHAR, op);
            return value;
        }
        return (char) Combine.integral(value, next(ElementType.CHAR, op));
    }

    /**
     * A reduction: before the launch returns {@code value} unchanged; after it, {@code value} (the prototype's)
     * combined with the work-groups' partials in group order.
     */
    public short reduce(short value, Op op) {
        if (!results) {
            collect(ElementType.SHORT, op);
            return value;
        }
        return (short) Combine.integral(value, next(ElementType.SHORT, op));
    }

    /**
     * A reduction: before the launch returns {@code value} unchanged; after it, {@code value} (the prototype's)
     * combined with the work-groups' partials in group order.
     */
    public int reduce(int value, Op op) {
        if (!results) {
            collect(ElementType.INT, op);
            return value;
        }
        return (int) Combine.integral(value, next(ElementType.INT, op));
    }

    /**
     * A reduction: before the launch returns {@code value} unchanged; after it, {@code value} (the prototype's)
     * combined with the work-groups' partials in group order.
     */
    public long reduce(long value, Op op) {
        if (!results) {
            collect(ElementType.LONG, op);
            return value;
        }
        return Combine.integral(value, next(ElementType.LONG, op));
    }

    /**
     * A reduction: before the launch returns {@code value} unchanged; after it, {@code value} (the prototype's)
     * combined with the work-groups' partials in group order.
     */
    public float reduce(float value, Op op) {
        if (!results) {
            collect(ElementType.FLOAT, op);
            return value;
        }
        return Combine.floats(value, next(ElementType.FLOAT, op));
    }

    /**
     * A reduction: before the launch returns {@code value} unchanged; after it, {@code value} (the prototype's)
     * combined with the work-groups' partials in group order.
     */
    public double reduce(double value, Op op) {
        if (!results) {
            collect(ElementType.DOUBLE, op);
            return value;
        }
        return Combine.doubles(value, next(ElementType.DOUBLE, op));
    }

    /** The array and scalar parameters, in call order ({@link ArrayArg} or {@link ScalarArg}). */
    List<Object> parameters() {
        return parameters;
    }

    List<Reduction> reductions() {
        return reductions;
    }

    /** Switches to the second call of {@code bind}: the partials of every reduction are in. */
    void startResults() {
        results = true;
        nextReduction = 0;
    }

    /** Whether the second call of {@code bind} met every reduction of the first. */
    void checkAllResultsTaken() {
        if (nextReduction != reductions.size()) {
            throw new GpuException("jpar bug: " + context + ": bind reduced " + reductions.size()
                    + " value(s) before the launch and " + nextReduction + " after it");
        }
    }

    private void array(Object array, ElementType type, Access access, boolean matrix) {
        if (!results) {
            parameters.add(new ArrayArg(array, type, access, matrix));
        }
    }

    private void scalar(ElementType type, ByteBuffer value) {
        if (!results) {
            parameters.add(new ScalarArg(type, value.array()));
        }
    }

    private static ByteBuffer bytes(ElementType type) {
        return ByteBuffer.allocate(type.bytes).order(ByteOrder.nativeOrder());
    }

    private void collect(ElementType type, Op op) {
        boolean fits = type == ElementType.BOOLEAN ? op == Op.AND || op == Op.OR || op == Op.XOR
                : !type.isFloating() || op == Op.ADD || op == Op.MUL || op == Op.MIN || op == Op.MAX;
        if (op == null || !fits) {
            throw new GpuException("jpar bug: " + context + ": a reduction of a " + type.javaName + " with " + op
                    + " is not a Java reduction");
        }
        reductions.add(new Reduction(type, op));
    }

    private Reduction next(ElementType type, Op op) {
        if (nextReduction >= reductions.size()) {
            throw new GpuException("jpar bug: " + context + ": bind reduced more values after the launch ("
                    + (nextReduction + 1) + ") than before it (" + reductions.size() + ")");
        }
        Reduction r = reductions.get(nextReduction++);
        if (r.type != type || r.op != op) {
            throw new GpuException("jpar bug: " + context + ": reduction " + nextReduction + " was a " + r.type.javaName
                    + " " + r.op + " before the launch and a " + type.javaName + " " + op + " after it");
        }
        return r;
    }
}
