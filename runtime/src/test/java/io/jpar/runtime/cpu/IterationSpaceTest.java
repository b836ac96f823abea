package io.jpar.runtime.cpu;

import io.jpar.Schedule;
import io.jpar.runtime.LoopSite;
import io.jpar.runtime.Relation;
import io.jpar.runtime.Sites;
import io.jpar.runtime.cpu.Recorders.IntRecorder;
import io.jpar.runtime.cpu.Recorders.LongRecorder;
import io.jpar.runtime.cpu.Recorders.PairRecorder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static io.jpar.runtime.Relation.GE;
import static io.jpar.runtime.Relation.GT;
import static io.jpar.runtime.Relation.LE;
import static io.jpar.runtime.Relation.LT;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every schedule, over int, long and collapsed loops, up and down, with every relation and several steps:
 * the parallel run visits exactly the sequential loop's indices, each once, and merges them in order. Each
 * call is the first of a fresh site, so it takes the parallel path (a site without an estimate).
 */
@Timeout(120)
class IterationSpaceTest {

    record Loop(long first, long limit, long step, Relation rel) {
        @Override
        public String toString() {
            return "i = " + first + "; i " + rel.symbol() + " " + limit + "; i += " + step;
        }
    }

    record Plan(Schedule schedule, int chunk) {
        @Override
        public String toString() {
            return schedule + (chunk > 0 ? "," + chunk : "");
        }
    }

    static final List<Plan> PLANS = List.of(new Plan(Schedule.AUTO, 0), new Plan(Schedule.STATIC, 0),
            new Plan(Schedule.STATIC, 7), new Plan(Schedule.DYNAMIC, 0), new Plan(Schedule.DYNAMIC, 5),
            new Plan(Schedule.GUIDED, 0), new Plan(Schedule.GUIDED, 4));

    static final List<Loop> LOOPS = List.of(
            new Loop(0, 100, 1, LT), new Loop(-7, 93, 1, LE), new Loop(5, 1000, 3, LT), new Loop(5, 998, 3, LE),
            new Loop(100, 0, -1, GT), new Loop(100, -3, -2, GE), new Loop(99, 0, -2, GT), new Loop(1000, 5, -3, GE),
            new Loop(-50, 50, 7, LT), new Loop(0, 2, 1, LT), new Loop(10, 10, 1, LE), new Loop(10, 10, -2, GE),
            new Loop(10, 10, 1, LT), new Loop(10, 11, -1, GT));

    static final List<Loop> INT_EDGES = List.of(
            new Loop(Integer.MAX_VALUE - 20, Integer.MAX_VALUE, 1, LT),
            new Loop(Integer.MAX_VALUE - 21, Integer.MAX_VALUE - 1, 3, LE),
            new Loop(Integer.MIN_VALUE + 20, Integer.MIN_VALUE, -1, GT),
            new Loop(Integer.MIN_VALUE + 20, Integer.MIN_VALUE + 1, -4, GE),
            new Loop(Integer.MIN_VALUE, 1 << 30, 1 << 26, LT),
            new Loop(Integer.MAX_VALUE, Integer.MIN_VALUE + (1 << 25), -(1 << 25), GT));

    static final List<Loop> LONG_EDGES = List.of(
            new Loop(Long.MAX_VALUE - 20, Long.MAX_VALUE, 1, LT),
            new Loop(Long.MIN_VALUE + 20, Long.MIN_VALUE + 1, -4, GE),
            new Loop(-5_000_000_000_000L, 5_000_000_000_000L, 100_000_000_007L, LT),
            new Loop(Long.MIN_VALUE, 1L << 62, 1L << 57, LT),
            new Loop(Long.MAX_VALUE, -1, Long.MIN_VALUE, GT),
            new Loop(Long.MAX_VALUE, Long.MIN_VALUE + (1L << 60), -(1L << 60), GE));

    static Stream<Arguments> intCases() {
        return cases(concat(LOOPS, INT_EDGES));
    }

    static Stream<Arguments> longCases() {
        return cases(concat(LOOPS, LONG_EDGES));
    }

    private static List<Loop> concat(List<Loop> a, List<Loop> b) {
        List<Loop> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static Stream<Arguments> cases(List<Loop> loops) {
        return PLANS.stream().flatMap(p -> loops.stream().map(l -> Arguments.of(p, l)));
    }

    static List<Long> sequentialInt(Loop l) {
        List<Long> out = new ArrayList<>();
        for (int i = (int) l.first; l.rel.holds(i, l.limit); i += (int) l.step) {
            out.add((long) i);
        }
        return out;
    }

    static List<Long> sequentialLong(Loop l) {
        List<Long> out = new ArrayList<>();
        for (long i = l.first; l.rel.holds(i, l.limit); i += l.step) {
            out.add(i);
        }
        return out;
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("intCases")
    void intLoop(Plan plan, Loop loop) {
        LoopSite site = Sites.site(plan.schedule, plan.chunk, 3, loop.rel);
        IntRecorder prototype = new IntRecorder((int) loop.step, loop.rel);
        IntRecorder result = CpuLoops.forInt(site, (int) loop.first, (int) loop.limit, (int) loop.step, prototype);
        assertEquals(sequentialInt(loop), result.seen);
        assertEquals(prototype, result);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("longCases")
    void longLoop(Plan plan, Loop loop) {
        LoopSite site = Sites.site(plan.schedule, plan.chunk, 3, loop.rel);
        LongRecorder result = CpuLoops.forLong(site, loop.first, loop.limit, loop.step, new LongRecorder(loop.step, loop.rel));
        assertEquals(sequentialLong(loop), result.seen);
    }

    static final List<Loop> ROWS = List.of(new Loop(0, 5, 1, LT), new Loop(9, 0, -3, GE), new Loop(3, 3, 1, LE),
            new Loop(0, 0, 1, LT), new Loop(-4, 40, 5, LE));
    static final List<Loop> COLUMNS = List.of(new Loop(0, 7, 1, LT), new Loop(20, 2, -3, GT), new Loop(-4, 4, 2, LE),
            new Loop(5, 5, 1, LT), new Loop(1, 0, -1, GE));

    static Stream<Arguments> collapsedCases() {
        return PLANS.stream().flatMap(p -> ROWS.stream().flatMap(r -> COLUMNS.stream().map(c -> Arguments.of(p, r, c))));
    }

    @ParameterizedTest(name = "{0}: {1} / {2}")
    @MethodSource("collapsedCases")
    void collapsedLoop(Plan plan, Loop rows, Loop columns) {
        List<String> expected = new ArrayList<>();
        for (int i = (int) rows.first; rows.rel.holds(i, rows.limit); i += (int) rows.step) {
            for (int j = (int) columns.first; columns.rel.holds(j, columns.limit); j += (int) columns.step) {
                expected.add(i + ":" + j);
            }
        }
        LoopSite site = Sites.site(plan.schedule, plan.chunk, 3, rows.rel, columns.rel);
        PairRecorder result = CpuLoops.forInt2(site, (int) rows.first, (int) rows.limit, (int) rows.step,
                (int) columns.first, (int) columns.limit, (int) columns.step, new PairRecorder((int) columns.step, columns.rel));
        assertEquals(expected, result.seen);
    }
}
