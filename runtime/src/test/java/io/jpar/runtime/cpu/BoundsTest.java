package io.jpar.runtime.cpu;

import io.jpar.runtime.LoopSite;
import io.jpar.runtime.Relation;
import io.jpar.runtime.Sites;
import io.jpar.runtime.cpu.Recorders.IntRecorder;
import io.jpar.runtime.cpu.Recorders.LongRecorder;
import io.jpar.runtime.cpu.Recorders.PairRecorder;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Loops whose sequential form would never end are refused with the site in the message. */
class BoundsTest {

    private static void assertMessage(RuntimeException e, LoopSite site, String part) {
        assertTrue(e.getMessage().startsWith("jpar: " + site.where() + " " + site.method() + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(part), e.getMessage());
    }

    @Test
    void indexThatWouldOverflowIsAnArithmeticException() {
        LoopSite lt = Sites.site(Relation.LT);
        assertMessage(assertThrows(ArithmeticException.class,
                () -> CpuLoops.forInt(lt, 0, Integer.MAX_VALUE, 2, new IntRecorder(2))), lt,
                "the int index would overflow after 2147483646 (step 2) before `i < 2147483647` fails");
        LoopSite le = Sites.site(Relation.LE);
        assertMessage(assertThrows(ArithmeticException.class,
                () -> CpuLoops.forInt(le, 5, Integer.MAX_VALUE, 1, new IntRecorder(1))), le, "overflow");
        LoopSite ge = Sites.site(Relation.GE);
        assertMessage(assertThrows(ArithmeticException.class,
                () -> CpuLoops.forLong(ge, 0, Long.MIN_VALUE, -1, new LongRecorder(-1))), ge,
                "the long index would overflow");
        LoopSite longLe = Sites.site(Relation.LE);
        assertMessage(assertThrows(ArithmeticException.class,
                () -> CpuLoops.forLong(longLe, 0, Long.MAX_VALUE, 1L << 40, new LongRecorder(1L << 40))), longLe,
                "overflow");
    }

    @Test
    void moreThanLongMaxIterationsIsAnArithmeticException() {
        LoopSite site = Sites.site(Relation.LT);
        assertMessage(assertThrows(ArithmeticException.class,
                () -> CpuLoops.forLong(site, Long.MIN_VALUE, Long.MAX_VALUE, 1, new LongRecorder(1))), site,
                "iterations");
        LoopSite grid = Sites.site(Relation.LT, Relation.LT);
        assertMessage(assertThrows(ArithmeticException.class, () -> CpuLoops.forInt2(grid, Integer.MIN_VALUE,
                Integer.MAX_VALUE, 1, Integer.MIN_VALUE, Integer.MAX_VALUE, 1, new PairRecorder(1))), grid,
                "the collapsed loop has more than");
    }

    @Test
    void stepZeroOrAwayFromTheLimitIsAnIllegalArgument() {
        LoopSite zero = Sites.site(Relation.LT);
        assertMessage(assertThrows(IllegalArgumentException.class,
                () -> CpuLoops.forInt(zero, 0, 10, 0, new IntRecorder(1))), zero,
                "the loop `i < 10` starting at 0 with step 0 would never end (the step must be positive)");
        LoopSite down = Sites.site(Relation.LT);
        assertMessage(assertThrows(IllegalArgumentException.class,
                () -> CpuLoops.forInt(down, 0, 10, -1, new IntRecorder(-1))), down, "step -1");
        LoopSite up = Sites.site(Relation.GE);
        assertMessage(assertThrows(IllegalArgumentException.class,
                () -> CpuLoops.forLong(up, 10, 0, 3, new LongRecorder(3))), up, "the step must be negative");
        LoopSite inner = Sites.site(Relation.LT, Relation.GT);
        assertMessage(assertThrows(IllegalArgumentException.class,
                () -> CpuLoops.forInt2(inner, 0, 3, 1, 10, 0, 1, new PairRecorder(1))), inner, "`i > 0`");
    }

    @Test
    void aLoopThatDoesNotRunIsNotCheckedAndReturnsThePrototype() {
        IntRecorder prototype = new IntRecorder(1);
        assertSame(prototype, CpuLoops.forInt(Sites.site(Relation.LT), 10, 10, 0, prototype));
        assertSame(prototype, CpuLoops.forInt(Sites.site(Relation.LT), 10, 0, -1, prototype));
        PairRecorder pairs = new PairRecorder(1);
        assertSame(pairs, CpuLoops.forInt2(Sites.site(Relation.LT, Relation.LT), 0, 0, 1, 0, 10, -1, pairs));
        assertEquals(0, prototype.seen.size() + pairs.seen.size());
    }

    @Test
    void collapsedLoopNeedsTwoRelations() {
        LoopSite site = Sites.site(Relation.LT);
        assertMessage(assertThrows(IllegalArgumentException.class,
                () -> CpuLoops.forInt2(site, 0, 2, 1, 0, 2, 1, new PairRecorder(1))), site, "two relations");
    }
}
