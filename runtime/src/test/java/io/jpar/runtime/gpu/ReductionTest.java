package io.jpar.runtime.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Every operator of every reduction type through a real kernel (a tree in local memory, one partial per group,
 * combined on the host with the prototype's value first; in the device's own launch shape and in a GPU's): integers and booleans exactly as Java's loop, floating
 * ADD and MUL within the error of a reassociated sum or product and the same bits on every run, MIN and MAX exactly.
 */
class ReductionTest {

    @BeforeAll
    static void openCl() {
        OpenClHere.require();
    }


    static final int N = 100_003;

    /** A chunk in the generated shape: {@code for (i..) acc = acc OP a[i];}. */
    static final class Fold extends GpuIntChunk<Fold> {
        final ElementType type;
        final Op op;
        final Object a;
        long whole;
        double floating;

        Fold(ElementType type, Op op, Object a, long whole, double floating) {
            this.type = type;
            this.op = op;
            this.a = a;
            this.whole = whole;
            this.floating = floating;
        }

        @Override
        protected void run(int from, int to) {
            throw new AssertionError("the device runs this loop");
        }

        @Override
        protected void bind(KernelArgs k) {
            switch (type) {
                case BOOLEAN -> { k.in((boolean[]) a); whole = k.reduce(whole != 0, op) ? 1 : 0; }
                case BYTE -> { k.in((byte[]) a); whole = k.reduce((byte) whole, op); }
                case CHAR -> { k.in((char[]) a); whole = k.reduce((char) whole, op); }
                case SHORT -> { k.in((short[]) a); whole = k.reduce((short) whole, op); }
                case INT -> { k.in((int[]) a); whole = k.reduce((int) whole, op); }
                case LONG -> { k.in((long[]) a); whole = k.reduce(whole, op); }
                case FLOAT -> { k.in((float[]) a); floating = k.reduce((float) floating, op); }
                case DOUBLE -> { k.in((double[]) a); floating = k.reduce(floating, op); }
            }
        }
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (ElementType t : ElementType.values()) {
            for (Op op : Op.values()) {
                boolean fits = t == ElementType.BOOLEAN ? op == Op.AND || op == Op.OR || op == Op.XOR
                        : !t.isFloating() || op == Op.ADD || op == Op.MUL || op == Op.MIN || op == Op.MAX;
                boolean asked = t == ElementType.INT || t == ElementType.LONG || t.isFloating()
                        || t == ElementType.BOOLEAN || op == Op.ADD || op == Op.MAX;
                if (fits && asked) {
                    cases.add(Arguments.of(t, op, false));
                    cases.add(Arguments.of(t, op, true));
                }
            }
        }
        return cases.stream();
    }

    @AfterEach
    void deviceDefault() {
        GpuContext.forceGpuShapes(false);
    }

    /** With {@code gpuShapes} the launch has many groups of 256 (a GPU's shape) also on a CPU device. */
    @ParameterizedTest(name = "{0} {1}, GPU shapes {2}")
    @MethodSource("cases")
    void equalsJava(ElementType type, Op op, boolean gpuShapes) {
        GpuContext.forceGpuShapes(gpuShapes);
        Object a = data(type, op);
        Kernel kernel = kernel(type, op);
        long whole = switch (op) {
            case ADD, OR, XOR -> 5;
            case MUL -> 3;
            case AND -> -1;
            case MIN -> 100;
            case MAX -> -100;
        };
        if (type == ElementType.BOOLEAN) {
            whole = op == Op.AND ? 1 : 0;
        }
        double floating = op == Op.MUL ? 1.5 : op == Op.MIN ? 1e30 : op == Op.MAX ? -1e30 : 1.5;
        Fold gpu = GpuLoops.forInt(TestKernels.site(), kernel, 0, N, 1, new Fold(type, op, a, whole, floating));
        if (!type.isFloating()) {
            assertEquals(sequential(type, op, a, whole), gpu.whole);
            return;
        }
        double expected = sequentialFloating(type, op, a, floating);
        Fold again = GpuLoops.forInt(TestKernels.site(), kernel, 0, N, 1, new Fold(type, op, a, whole, floating));
        assertEquals(Double.doubleToRawLongBits(gpu.floating), Double.doubleToRawLongBits(again.floating),
                "the same bits on every run");
        double eps = type == ElementType.FLOAT ? Math.ulp(1.0f) : Math.ulp(1.0);
        switch (op) {
            case ADD -> {
                double magnitude = Math.abs(floating);
                for (int i = 0; i < N; i++) {
                    magnitude += Math.abs(element(a, i));
                }
                double bound = 2.0 * N * eps * magnitude;
                assertTrue(Math.abs(gpu.floating - expected) <= bound,
                        "sum " + gpu.floating + " vs sequential " + expected + ", bound " + bound);
            }
            case MUL -> assertTrue(Math.abs(gpu.floating - expected) <= 2.0 * N * eps * Math.abs(expected),
                    "product " + gpu.floating + " vs sequential " + expected);
            default -> assertEquals(expected, gpu.floating);
        }
    }

    private static double element(Object a, int i) {
        return a instanceof float[] f ? f[i] : ((double[]) a)[i];
    }

    static Kernel kernel(ElementType type, Op op) {
        String t = type.openClName;
        String u = type == ElementType.INT || type == ElementType.LONG ? "u" + t : t;
        String combine = switch (op) {
            case ADD -> type.isFloating() ? "a + b" : "(" + t + ") ((" + u + ") (a) + (" + u + ") (b))";
            case MUL -> type.isFloating() ? "a * b" : "(" + t + ") ((" + u + ") (a) * (" + u + ") (b))";
            case AND -> "(" + t + ") ((a) & (b))";
            case OR -> "(" + t + ") ((a) | (b))";
            case XOR -> "(" + t + ") ((a) ^ (b))";
            case MIN -> type.isFloating() ? "(a) < (b) ? (a) : (b)" : "min(a, b)";
            case MAX -> type.isFloating() ? "(a) > (b) ? (a) : (b)" : "max(a, b)";
        };
        String identity = switch (op) {
            case ADD, OR, XOR -> type.isFloating() ? "-0.0" : "0";
            case MUL -> "1";
            case AND -> type == ElementType.BOOLEAN ? "1" : "-1";
            case MIN -> switch (type) {
                case FLOAT, DOUBLE -> "INFINITY";
                case BYTE -> "127";
                case CHAR -> "65535";
                case SHORT -> "32767";
                case INT -> "2147483647";
                default -> "9223372036854775807L";
            };
            case MAX -> switch (type) {
                case FLOAT, DOUBLE -> "(-INFINITY)";
                case BYTE -> "(-128)";
                case CHAR -> "0";
                case SHORT -> "(-32768)";
                case INT -> "(-2147483647 - 1)";
                default -> "(-9223372036854775807L - 1)";
            };
        };
        return TestKernels.oneLoop("fold_" + type.javaName + "_" + op.name().toLowerCase(), "int",
                "__global const " + t + "* a", "acc = COMBINE_acc(acc, a[i]);",
                new String[] {t, "acc", identity, combine});
    }

    /** Values that keep every operator's result informative (not all zero, no overflow to infinity). */
    static Object data(ElementType type, Op op) {
        SplittableRandom random = new SplittableRandom(op.ordinal() * 31L + type.ordinal());
        Object a = java.lang.reflect.Array.newInstance(TypedArrays.javaClass(type), N);
        int special = random.nextInt(N);
        for (int i = 0; i < N; i++) {
            switch (type) {
                case BOOLEAN -> ((boolean[]) a)[i] = switch (op) {
                    case AND -> i != special;
                    case OR -> i == special;
                    default -> random.nextBoolean();
                };
                case FLOAT -> ((float[]) a)[i] = (float) (op == Op.MUL ? random.nextDouble(0.999, 1.001)
                        : random.nextDouble(-100, 100));
                case DOUBLE -> ((double[]) a)[i] = op == Op.MUL ? random.nextDouble(0.999, 1.001)
                        : random.nextDouble(-1e6, 1e6);
                default -> {
                    long v = random.nextLong();
                    if (op == Op.MUL) {
                        v |= 1;
                    } else if (op == Op.AND) {
                        v = ~(1L << random.nextInt(40));
                    }
                    TypedArrays.set(a, type, i, v);
                }
            }
        }
        return a;
    }

    /** Java's loop over an integral or boolean array, as its own type. */
    static long sequential(ElementType type, Op op, Object a, long start) {
        if (type == ElementType.BOOLEAN) {
            boolean acc = start != 0;
            for (boolean v : (boolean[]) a) {
                acc = op == Op.AND ? acc & v : op == Op.OR ? acc | v : acc ^ v;
            }
            return acc ? 1 : 0;
        }
        long acc = TypedArrays.get(narrow(type, start), 0);
        for (int i = 0; i < N; i++) {
            long v = TypedArrays.get(a, i);
            long next = switch (op) {
                case ADD -> acc + v;
                case MUL -> acc * v;
                case AND -> acc & v;
                case OR -> acc | v;
                case XOR -> acc ^ v;
                case MIN -> Math.min(acc, v);
                case MAX -> Math.max(acc, v);
            };
            acc = TypedArrays.get(narrow(type, next), 0);
        }
        return acc;
    }

    private static Object narrow(ElementType type, long v) {
        Object one = java.lang.reflect.Array.newInstance(TypedArrays.javaClass(type), 1);
        TypedArrays.set(one, type, 0, v);
        return one;
    }

    static double sequentialFloating(ElementType type, Op op, Object a, double start) {
        if (type == ElementType.FLOAT) {
            float acc = (float) start;
            for (float v : (float[]) a) {
                acc = switch (op) {
                    case ADD -> acc + v;
                    case MUL -> acc * v;
                    case MIN -> Math.min(acc, v);
                    default -> Math.max(acc, v);
                };
            }
            return acc;
        }
        double acc = start;
        for (double v : (double[]) a) {
            acc = switch (op) {
                case ADD -> acc + v;
                case MUL -> acc * v;
                case MIN -> Math.min(acc, v);
                default -> Math.max(acc, v);
            };
        }
        return acc;
    }
}
