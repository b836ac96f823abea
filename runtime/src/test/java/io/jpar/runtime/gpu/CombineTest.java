package io.jpar.runtime.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** The host's half of a reduction: the prototype's value first, then the groups' partials in group order. */
class CombineTest {

    static KernelArgs.Reduction doubles(Op op, double... partials) {
        KernelArgs.Reduction r = new KernelArgs.Reduction(ElementType.DOUBLE, op);
        r.partials = ByteBuffer.allocate(partials.length * 8).order(ByteOrder.nativeOrder());
        for (double p : partials) {
            r.partials.putDouble(p);
        }
        r.groups = partials.length;
        return r;
    }

    @Test
    void prototypeFirstThenPartialsInOrder() {
        // (1e16 + 1) + 1 == 1e16 in doubles, while 1e16 + (1 + 1) would not be: the order shows.
        assertEquals(1e16, Combine.doubles(1e16, doubles(Op.ADD, 1, 1)));
        assertEquals(1e16 + 2, Combine.doubles(1, doubles(Op.ADD, 1, 1e16)));
        assertEquals(-0.0, Combine.doubles(-0.0, doubles(Op.ADD, -0.0, -0.0)));
        assertEquals(Double.NaN, Combine.doubles(1, doubles(Op.MIN, Double.NaN, -5)), "Math.min's NaN");
    }

    @Test
    void narrowTypesWrapAsJava() {
        KernelArgs.Reduction r = new KernelArgs.Reduction(ElementType.BYTE, Op.ADD);
        r.partials = ByteBuffer.wrap(new byte[] {100, 100, -56});
        r.groups = 3;
        assertEquals((byte) (120 + 100 + 100 - 56), (byte) Combine.integral(120, r));
        KernelArgs.Reduction c = new KernelArgs.Reduction(ElementType.CHAR, Op.MAX);
        c.partials = ByteBuffer.allocate(4).order(ByteOrder.nativeOrder()).putChar((char) 65535).putChar('a');
        c.groups = 2;
        assertEquals(65535, Combine.integral('z', c), "char is unsigned");
    }

    @Test
    void reductionsThatJavaHasNotAreJparBugs() {
        KernelArgs args = new KernelArgs("Here.java:1 Here.run (kernel k)");
        GpuException e = assertThrows(GpuException.class, () -> args.reduce(true, Op.ADD));
        assertEquals("jpar bug: Here.java:1 Here.run (kernel k): a reduction of a boolean with ADD is not a Java "
                + "reduction", e.getMessage());
        assertThrows(GpuException.class, () -> args.reduce(1.0, Op.XOR));
    }
}
