package io.jpar.runtime.gpu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jpar.runtime.LoopSite;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.stream.Stream;

/**
 * In, out and inOut arrays and a scalar of every primitive type through a real kernel, with arrays shared with
 * the device (host pointers) and with copies: {@code b[i] = a[i] + s} on two thirds of the elements (the rest of
 * {@code b} must keep its values), {@code c[i] = c[i] * 3 + a[i]}; booleans with {@code ^}.
 */
class ElementWiseTest {

    @BeforeAll
    static void openCl() {
        OpenClHere.require();
    }


    /** A chunk in the generated shape for one element type; {@code bind} picks the overloads of that type. */
    static final class Mixed extends GpuIntChunk<Mixed> {
        final ElementType type;
        final Object a;
        final Object b;
        final Object c;
        final long s;
        final double sFloating;

        Mixed(ElementType type, Object a, Object b, Object c, long s, double sFloating) {
            this.type = type;
            this.a = a;
            this.b = b;
            this.c = c;
            this.s = s;
            this.sFloating = sFloating;
        }

        @Override
        protected void run(int from, int to) {
            throw new AssertionError("the device runs this loop");
        }

        @Override
        protected void bind(KernelArgs k) {
            switch (type) {
                case BOOLEAN -> { k.in((boolean[]) a); k.out((boolean[]) b); k.inOut((boolean[]) c); k.scalar(s != 0); }
                case BYTE -> { k.in((byte[]) a); k.out((byte[]) b); k.inOut((byte[]) c); k.scalar((byte) s); }
                case CHAR -> { k.in((char[]) a); k.out((char[]) b); k.inOut((char[]) c); k.scalar((char) s); }
                case SHORT -> { k.in((short[]) a); k.out((short[]) b); k.inOut((short[]) c); k.scalar((short) s); }
                case INT -> { k.in((int[]) a); k.out((int[]) b); k.inOut((int[]) c); k.scalar((int) s); }
                case LONG -> { k.in((long[]) a); k.out((long[]) b); k.inOut((long[]) c); k.scalar(s); }
                case FLOAT -> { k.in((float[]) a); k.out((float[]) b); k.inOut((float[]) c); k.scalar((float) sFloating); }
                case DOUBLE -> { k.in((double[]) a); k.out((double[]) b); k.inOut((double[]) c); k.scalar(sFloating); }
            }
        }
    }

    static Stream<Arguments> cases() {
        return Arrays.stream(ElementType.values()).flatMap(t -> Stream.of(Arguments.of(t, true), Arguments.of(t, false)));
    }

    @AfterEach
    void deviceDefault() {
        GpuContext.forceZeroCopy(null);
    }

    static Kernel kernel(ElementType type) {
        String t = type.openClName;
        String body;
        if (type == ElementType.BOOLEAN) {
            body = "if (i % 3 != 1) { b[i] = a[i] != s; } c[i] = c[i] != a[i];";
        } else if (type == ElementType.INT || type == ElementType.LONG) {
            String u = "u" + t;    // unsigned: wraps as Java does, without C's undefined signed overflow
            body = "if (i % 3 != 1) { b[i] = (" + t + ") ((" + u + ") a[i] + (" + u + ") s); } "
                    + "c[i] = (" + t + ") ((" + u + ") c[i] * 3 + (" + u + ") a[i]);";
        } else {
            body = "if (i % 3 != 1) { b[i] = (" + t + ") (a[i] + s); } c[i] = (" + t + ") (c[i] * 3 + a[i]);";
        }
        return TestKernels.oneLoop("elementwise_" + type.javaName, "int",
                "__global const " + t + "* a, __global " + t + "* b, __global " + t + "* c, const " + t + " s", body);
    }

    @ParameterizedTest(name = "{0}, zero-copy {1}")
    @MethodSource("cases")
    void everyTypeInOutInOut(ElementType type, boolean zeroCopy) throws Exception {
        GpuContext.get();
        GpuContext.forceZeroCopy(zeroCopy);
        int n = 1003;
        Object a = TypedArrays.random(type, n, 1);
        Object b = TypedArrays.random(type, n, 2);
        Object c = TypedArrays.random(type, n, 3);
        long s = type == ElementType.BOOLEAN ? 1 : -77;
        double sFloating = -2.75;
        Object expectedB = TypedArrays.copy(b);
        Object expectedC = TypedArrays.copy(c);
        for (int i = 0; i < n; i++) {
            switch (type) {
                case BOOLEAN -> {
                    boolean[] ea = (boolean[]) a;
                    if (i % 3 != 1) {
                        ((boolean[]) expectedB)[i] = ea[i] ^ (s != 0);
                    }
                    ((boolean[]) expectedC)[i] ^= ea[i];
                }
                case FLOAT -> {
                    float[] fa = (float[]) a;
                    float[] fc = (float[]) expectedC;
                    if (i % 3 != 1) {
                        ((float[]) expectedB)[i] = fa[i] + (float) sFloating;
                    }
                    fc[i] = fc[i] * 3 + fa[i];
                }
                case DOUBLE -> {
                    double[] da = (double[]) a;
                    double[] dc = (double[]) expectedC;
                    if (i % 3 != 1) {
                        ((double[]) expectedB)[i] = da[i] + sFloating;
                    }
                    dc[i] = dc[i] * 3 + da[i];
                }
                default -> {
                    long ai = TypedArrays.get(a, i);
                    long narrowS = TypedArrays.get(narrowed(type, s), 0);
                    if (i % 3 != 1) {
                        TypedArrays.set(expectedB, type, i, ai + narrowS);
                    }
                    TypedArrays.set(expectedC, type, i, TypedArrays.get(expectedC, i) * 3 + ai);
                }
            }
        }
        Object aBefore = TypedArrays.copy(a);
        LoopSite site = TestKernels.site();
        GpuLoops.forInt(site, kernel(type), 0, n, 1, new Mixed(type, a, b, c, s, sFloating));
        assertSame(aBefore, a, "the in array");
        assertSame(expectedB, b, "the out array (untouched elements keep their values)");
        assertSame(expectedC, c, "the inOut array");
        assertEquals(1, site.calls());
    }

    /** {@code s} as a one-element array of {@code type} (a Java cast). */
    private static Object narrowed(ElementType type, long s) {
        Object one = java.lang.reflect.Array.newInstance(TypedArrays.javaClass(type), 1);
        TypedArrays.set(one, type, 0, s);
        return one;
    }

    private static void assertSame(Object expected, Object actual, String what) {
        if (expected instanceof boolean[] e) {
            assertArrayEquals(e, (boolean[]) actual, what);
        } else if (expected instanceof byte[] e) {
            assertArrayEquals(e, (byte[]) actual, what);
        } else if (expected instanceof char[] e) {
            assertArrayEquals(e, (char[]) actual, what);
        } else if (expected instanceof short[] e) {
            assertArrayEquals(e, (short[]) actual, what);
        } else if (expected instanceof int[] e) {
            assertArrayEquals(e, (int[]) actual, what);
        } else if (expected instanceof long[] e) {
            assertArrayEquals(e, (long[]) actual, what);
        } else if (expected instanceof float[] e) {
            assertArrayEquals(e, (float[]) actual, what);
        } else {
            assertArrayEquals((double[]) expected, (double[]) actual, what);
        }
    }
}
