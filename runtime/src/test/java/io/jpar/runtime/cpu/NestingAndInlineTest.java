package io.jpar.runtime.cpu;

import io.jpar.Schedule;
import io.jpar.runtime.Jpar;
import io.jpar.runtime.LoopSite;
import io.jpar.runtime.LoopStats;
import io.jpar.runtime.Relation;
import io.jpar.runtime.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** When a loop runs inline on the caller: nested, inside Jpar.sequential, one thread, too small to pay. */
@Timeout(120)
class NestingAndInlineTest {

    /** Counts its iterations; records every thread that ran one. */
    static final class Count extends IntChunk<Count> {
        final Set<Thread> threads;
        long count;

        Count(Set<Thread> threads) {
            this.threads = threads;
        }

        @Override
        protected void run(int from, int to) {
            threads.add(Thread.currentThread());
            for (int i = from; i < to; i++) {
                count++;
            }
        }

        @Override
        protected Count fresh() {
            return new Count(threads);
        }

        @Override
        protected void merge(Count later) {
            count += later.count;
        }
    }

    /** Each outer iteration runs an inner jpar loop and checks it ran on the outer iteration's thread. */
    static final class Outer extends IntChunk<Outer> {
        final LoopSite inner;
        final LoopSite innermost;
        long total;
        boolean allInline = true;

        Outer(LoopSite inner, LoopSite innermost) {
            this.inner = inner;
            this.innermost = innermost;
        }

        @Override
        protected void run(int from, int to) {
            for (int i = from; i < to; i++) {
                Middle middle = CpuLoops.forInt(inner, 0, 50, 1, new Middle(innermost, Thread.currentThread()));
                total += middle.total;
                allInline &= middle.allInline;
            }
        }

        @Override
        protected Outer fresh() {
            return new Outer(inner, innermost);
        }

        @Override
        protected void merge(Outer later) {
            total += later.total;
            allInline &= later.allInline;
        }
    }

    static final class Middle extends IntChunk<Middle> {
        final LoopSite innermost;
        final Thread expected;
        long total;
        boolean allInline = true;

        Middle(LoopSite innermost, Thread expected) {
            this.innermost = innermost;
            this.expected = expected;
        }

        @Override
        protected void run(int from, int to) {
            for (int i = from; i < to; i++) {
                Set<Thread> threads = ConcurrentHashMap.newKeySet();
                total += CpuLoops.forInt(innermost, 0, 20, 1, new Count(threads)).count;
                allInline &= Thread.currentThread() == expected && threads.equals(Set.of(expected));
            }
        }

        @Override
        protected Middle fresh() {
            return new Middle(innermost, expected);
        }

        @Override
        protected void merge(Middle later) {
            total += later.total;
            allInline &= later.allInline;
        }
    }

    @Test
    void nestedLoopsRunInlineAtAnyDepthAndComplete() {
        LoopSite inner = Sites.site(Schedule.DYNAMIC, 1, 3, Relation.LT);
        LoopSite innermost = Sites.site(Schedule.STATIC, 0, 3, Relation.LT);
        for (int round = 0; round < 5; round++) {
            Outer outer = CpuLoops.forInt(Sites.site(Schedule.DYNAMIC, 1, 3, Relation.LT), 0, 64, 1,
                    new Outer(inner, innermost));
            assertEquals(64L * 50 * 20, outer.total);
            assertTrue(outer.allInline, "every nested loop ran on the thread of its outer iteration");
        }
    }

    @Test
    void sequentialRunsEveryLoopOnTheCallerAndEndsItsScope() {
        LoopSite site = Sites.site(Schedule.DYNAMIC, 1, 3, Relation.LT);
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        long count = Jpar.sequential(() -> CpuLoops.forInt(site, 0, 10_000, 1, new Count(threads)).count);
        assertEquals(10_000, count);
        assertEquals(Set.of(Thread.currentThread()), threads);
        assertEquals(1, site.inlineCalls());

        assertThrows(IllegalStateException.class, () -> Jpar.sequential((Runnable) () -> {
            throw new IllegalStateException("leaves the scope");
        }));
        LoopSite after = Sites.site(Schedule.DYNAMIC, 1, 3, Relation.LT);
        CpuLoops.forInt(after, 0, 10_000, 1, new Count(ConcurrentHashMap.newKeySet()));
        assertEquals(0, after.inlineCalls(), "outside the scope, a loop without an estimate runs in parallel");
    }

    @Test
    void oneThreadOrOneIterationOrOneBlockRunsInline() {
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        LoopSite oneThread = Sites.site(Schedule.AUTO, 0, 1, Relation.LT);
        assertEquals(1000, CpuLoops.forInt(oneThread, 0, 1000, 1, new Count(threads)).count);
        LoopSite oneIteration = Sites.site(Relation.LT);
        assertEquals(1, CpuLoops.forInt(oneIteration, 0, 1, 1, new Count(threads)).count);
        LoopSite oneBlock = Sites.site(Schedule.DYNAMIC, 5000, 3, Relation.LT);
        assertEquals(1000, CpuLoops.forInt(oneBlock, 0, 1000, 1, new Count(threads)).count);
        assertEquals(Set.of(Thread.currentThread()), threads);
        for (LoopSite site : new LoopSite[] {oneThread, oneIteration, oneBlock}) {
            assertEquals(1, site.calls());
            assertEquals(1, site.inlineCalls());
            assertEquals(1, site.threadsUsed());
            assertEquals(1, site.chunks());
        }
    }

    @Test
    void loopEstimatedTooSmallRunsInlineAndLargeOneInParallel() {
        LoopSite tiny = Sites.site(Relation.LT);
        tiny.stats().inlineRan(1000, 1000);     // measured: 1 ns per iteration
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        assertEquals(1000, CpuLoops.forInt(tiny, 0, 1000, 1, new Count(threads)).count);
        assertEquals(Set.of(Thread.currentThread()), threads);
        assertEquals(2, tiny.inlineCalls());
        assertEquals(2, tiny.calls());
        assertEquals(2000, tiny.iterations());

        LoopSite heavy = Sites.site(Relation.LT);
        heavy.stats().inlineRan(10, 10_000_000);    // measured: 1 ms per iteration
        CpuLoops.forInt(heavy, 0, 100, 1, new Count(ConcurrentHashMap.newKeySet()));
        assertEquals(2, heavy.calls());
        assertEquals(1, heavy.inlineCalls(), "the call ran in parallel");
        assertTrue(heavy.chunks() > 2);
    }

    @Test
    void oneInlineRunInSixtyFourIsTimed() {
        LoopStats stats = Sites.site(Relation.LT).stats();
        int timed = 0;
        for (int call = 0; call < 64 * 10; call++) {
            if (stats.timeInlineRun()) {
                timed++;
            }
        }
        assertEquals(10, timed);
    }

    @Test
    void firstCallOfASiteRunsInParallelAndMeasuresTheLoop() {
        LoopSite site = Sites.site(Relation.LT);
        assertEquals(0, site.stats().nsPerIteration());
        CpuLoops.forInt(site, 0, 100, 1, new Count(ConcurrentHashMap.newKeySet()));
        assertEquals(0, site.inlineCalls());
        assertTrue(site.stats().nsPerIteration() > 0);
        assertTrue(site.threadsUsed() >= 1);
    }
}
