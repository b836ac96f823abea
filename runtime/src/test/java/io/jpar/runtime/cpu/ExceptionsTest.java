package io.jpar.runtime.cpu;

import io.jpar.Schedule;
import io.jpar.runtime.LoopSite;
import io.jpar.runtime.Relation;
import io.jpar.runtime.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A body's exception reaches the caller unchanged: the one of the earliest iteration, as sequentially. */
@Timeout(120)
class ExceptionsTest {

    /** Throws, at each index of {@code throwing}, the throwable made for it; records the indices that ran. */
    static final class Thrower extends IntChunk<Thrower> {
        final Map<Integer, Throwable> throwing;
        final AtomicIntegerArray ran;

        Thrower(Map<Integer, Throwable> throwing, AtomicIntegerArray ran) {
            this.throwing = throwing;
            this.ran = ran;
        }

        @Override
        protected void run(int from, int to) throws Exception {
            for (int i = from; i < to; i++) {
                ran.incrementAndGet(i);
                Throwable t = throwing.get(i);
                if (t instanceof Exception) {
                    throw (Exception) t;
                }
                if (t instanceof Error) {
                    throw (Error) t;
                }
            }
        }

        @Override
        protected Thrower fresh() {
            return new Thrower(throwing, ran);
        }
    }

    private static Throwable runThrowing(LoopSite site, int n, Map<Integer, Throwable> throwing, AtomicIntegerArray ran) {
        return assertThrows(Throwable.class, () -> CpuLoops.forInt(site, 0, n, 1, new Thrower(throwing, ran)));
    }

    @ParameterizedTest
    @EnumSource(Schedule.class)
    void earliestIterationsExceptionWinsAndEarlierIterationsAllRun(Schedule schedule) {
        for (int chunk : new int[] {0, 3, 50}) {
            Map<Integer, Throwable> throwing = new ConcurrentHashMap<>();
            for (int i : new int[] {300, 301, 700, 999}) {
                throwing.put(i, new IllegalStateException("at " + i));
            }
            AtomicIntegerArray ran = new AtomicIntegerArray(1000);
            Throwable thrown = runThrowing(Sites.site(schedule, chunk, 3, Relation.LT), 1000, throwing, ran);
            assertSame(throwing.get(300), thrown);
            for (int i = 0; i <= 300; i++) {
                assertEquals(1, ran.get(i), "iteration " + i + " ran once");
            }
            assertEquals(0, ran.get(301), "the rest of the failing block does not run");
        }
    }

    @Test
    void checkedExceptionsAndErrorsKeepTheirType() {
        IOException io = new IOException("disk");
        Throwable thrown = runThrowing(Sites.site(Relation.LT), 100, Map.of(42, io), new AtomicIntegerArray(100));
        assertSame(io, thrown);
        assertInstanceOf(IOException.class, thrown);

        AssertionError error = new AssertionError("bad");
        assertSame(error, runThrowing(Sites.site(Relation.LT), 100, Map.of(99, error), new AtomicIntegerArray(100)));
    }

    @Test
    void inlineRunsRethrowTheSameWay() {
        IOException io = new IOException("inline");
        LoopSite oneThread = Sites.site(Schedule.AUTO, 0, 1, Relation.LT);
        assertSame(io, runThrowing(oneThread, 10, Map.of(5, io), new AtomicIntegerArray(10)));
        LoopSite oneIteration = Sites.site(Relation.LT);
        assertSame(io, runThrowing(oneIteration, 1, Map.of(0, io), new AtomicIntegerArray(1)));
    }

    @Test
    void everyBlockThrowingStillGivesTheFirstAndThePoolStaysUsable() {
        for (int round = 0; round < 20; round++) {
            Map<Integer, Throwable> throwing = new ConcurrentHashMap<>();
            for (int i = 0; i < 1000; i += 10) {
                throwing.put(i, new RuntimeException("at " + i));
            }
            Throwable thrown = runThrowing(Sites.site(Schedule.DYNAMIC, 10, 3, Relation.LT), 1000, throwing,
                    new AtomicIntegerArray(1000));
            assertSame(throwing.get(0), thrown);
        }
        Set<Integer> seen = ConcurrentHashMap.newKeySet();
        AtomicIntegerArray ran = new AtomicIntegerArray(100_000);
        CpuLoops.forInt(Sites.site(Relation.LT), 0, 100_000, 1, new Thrower(Map.of(), ran));
        for (int i = 0; i < 100_000; i++) {
            seen.add(ran.get(i));
        }
        assertEquals(Set.of(1), seen, "after failures, a loop runs every iteration once");
    }
}
