package io.jpar.runtime.cpu;

import io.jpar.runtime.LoopSite;
import io.jpar.runtime.Relation;
import io.jpar.runtime.Sites;
import io.jpar.runtime.cpu.Recorders.IntRecorder;
import io.jpar.runtime.cpu.Recorders.PairRecorder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Loops whose trips cannot be counted (a step of 0 or away from the limit, an index that wraps before the
 * condition fails, more iterations than a long counts) run as the sequential loop, on the calling thread: the
 * same writes in the same order, then the same exception. Loops that would run forever are stopped by a body
 * that throws after a budget of iterations, as the sequential loop with that body would be.
 */
class UncountedLoopTest {

    /** Stops an endless loop: what the body throws after {@code budget} iterations. */
    static final class Budget extends RuntimeException {
        Budget() {
            super("budget spent");
        }
    }

    /** {@code for (int i = from; i REL to; i += step) { seen.add(i); }} that throws after {@code budget} iterations. */
    static final class IntBudget extends IntChunk<IntBudget> {
        final int step;
        final Relation rel;
        final int budget;
        final List<Long> seen = new ArrayList<>();
        final List<Thread> threads = new ArrayList<>();

        IntBudget(int step, Relation rel, int budget) {
            this.step = step;
            this.rel = rel;
            this.budget = budget;
        }

        @Override
        protected void run(int from, int to) {
            for (int i = from; rel.holds(i, to); i += step) {
                if (seen.size() == budget) {
                    throw new Budget();
                }
                seen.add((long) i);
                threads.add(Thread.currentThread());
            }
        }

        @Override
        protected IntBudget fresh() {
            return new IntBudget(step, rel, budget);
        }

        @Override
        protected void merge(IntBudget later) {
            seen.addAll(later.seen);
            threads.addAll(later.threads);
        }
    }

    static final class LongBudget extends LongChunk<LongBudget> {
        final long step;
        final Relation rel;
        final int budget;
        final List<Long> seen = new ArrayList<>();

        LongBudget(long step, Relation rel, int budget) {
            this.step = step;
            this.rel = rel;
            this.budget = budget;
        }

        @Override
        protected void run(long from, long to) {
            for (long i = from; rel.holds(i, to); i += step) {
                if (seen.size() == budget) {
                    throw new Budget();
                }
                seen.add(i);
            }
        }

        @Override
        protected LongBudget fresh() {
            return new LongBudget(step, rel, budget);
        }

        @Override
        protected void merge(LongBudget later) {
            seen.addAll(later.seen);
        }
    }

    /** The sequential loop with the same body, up to its budget. */
    static List<Long> sequentialInt(int first, Relation rel, int limit, int step, int budget) {
        List<Long> seen = new ArrayList<>();
        for (int i = first; rel.holds(i, limit) && seen.size() < budget; i += step) {
            seen.add((long) i);
        }
        return seen;
    }

    static List<Long> sequentialLong(long first, Relation rel, long limit, long step, int budget) {
        List<Long> seen = new ArrayList<>();
        for (long i = first; rel.holds(i, limit) && seen.size() < budget; i += step) {
            seen.add(i);
        }
        return seen;
    }

    @ParameterizedTest(name = "int i = {0}; i {1} {2}; i += {3}")
    @CsvSource({
        "0, LT, 10, 0", "0, LT, 10, -1", "5, LE, 5, -2", "10, GT, 0, 0", "10, GE, 0, 3",
        "0, LT, 2147483647, 2",           // 2147483646 + 2 wraps to a negative index, which is < MAX again
        "2147483640, LE, 2147483647, 1",  // i <= MAX never fails
        "-2147483640, GE, -2147483648, -7",
        "-2147483648, LE, 2147483647, 1"})
    void intLoopRunsAsTheSequentialLoopOnTheCaller(int first, Relation rel, int limit, int step) {
        int budget = 40;
        IntBudget chunk = new IntBudget(step, rel, budget);
        LoopSite site = Sites.site(rel);
        assertThrows(Budget.class, () -> CpuLoops.forInt(site, first, limit, step, chunk));
        assertEquals(sequentialInt(first, rel, limit, step, budget), chunk.seen);
        assertTrue(chunk.threads.stream().allMatch(t -> t == Thread.currentThread()), "ran on the calling thread");
        assertEquals(0, site.calls() - site.inlineCalls(), "nothing ran on the pool");
    }

    @ParameterizedTest(name = "long i = {0}; i {1} {2}; i += {3}")
    @CsvSource({
        "0, LT, 10, 0", "0, GE, -9223372036854775808, -1", "9223372036854775800, LE, 9223372036854775807, 1",
        "0, LE, 9223372036854775807, 1099511627776",
        "-9223372036854775808, LT, 9223372036854775807, 1"})  // counts exactly, but more than Long.MAX_VALUE trips
    void longLoopRunsAsTheSequentialLoop(long first, Relation rel, long limit, long step) {
        int budget = 40;
        LongBudget chunk = new LongBudget(step, rel, budget);
        assertThrows(Budget.class, () -> CpuLoops.forLong(Sites.site(rel), first, limit, step, chunk));
        assertEquals(sequentialLong(first, rel, limit, step, budget), chunk.seen);
    }

    /** The loop: {@code for (int i = 0; i < a.length; i += st) a[i] = 1;} with {@code st = -1}. */
    static final class Fill extends IntChunk<Fill> {
        final int[] a;
        final int st;

        Fill(int[] a, int st) {
            this.a = a;
            this.st = st;
        }

        @Override
        protected void run(int from, int to) {
            for (int i = from; i < to; i += st) {
                a[i] = 1;
            }
        }

        @Override
        protected Fill fresh() {
            return this;
        }

        @Override
        protected void merge(Fill later) {
        }
    }

    @Test
    void negativeStepWritesWhatTheSequentialLoopWritesThenThrowsItsException() {
        int[] expected = new int[10];
        ArrayIndexOutOfBoundsException sequential = assertThrows(ArrayIndexOutOfBoundsException.class, () -> {
            for (int i = 0; i < expected.length; i += -1) {
                expected[i] = 1;
            }
        });
        int[] a = new int[10];
        ArrayIndexOutOfBoundsException e = assertThrows(ArrayIndexOutOfBoundsException.class,
                () -> CpuLoops.forInt(Sites.site(Relation.LT), 0, a.length, -1, new Fill(a, -1)));
        assertEquals("Index -1 out of bounds for length 10", e.getMessage());
        assertEquals(sequential.getMessage(), e.getMessage());
        assertArrayEquals(expected, a);
        assertEquals(1, a[0]);
    }

    @Test
    void collapsedLoopsRunAsTheSequentialNest() {
        // the inner step goes away from its limit: row 0 runs its inner loop until the budget
        PairBudget inner = new PairBudget(-1, Relation.LT, 25);
        assertThrows(Budget.class, () -> CpuLoops.forInt2(Sites.site(Relation.LT, Relation.LT), 0, 4, 1, 0, 5, -1,
                inner));
        assertEquals(sequentialPairs(0, Relation.LT, 4, 1, 0, Relation.LT, 5, -1, 25), inner.seen);
        // the rows never end (step 0), each row's inner loop is whole
        PairBudget rows = new PairBudget(2, Relation.LE, 25);
        assertThrows(Budget.class, () -> CpuLoops.forInt2(Sites.site(Relation.GT, Relation.LE), 7, 0, 0, 1, 9, 2,
                rows));
        assertEquals(sequentialPairs(7, Relation.GT, 0, 0, 1, Relation.LE, 9, 2, 25), rows.seen);
        // both counted, but more than Long.MAX_VALUE iterations together
        PairBudget huge = new PairBudget(1, Relation.LE, 25);
        assertThrows(Budget.class, () -> CpuLoops.forInt2(Sites.site(Relation.LE, Relation.LE), Integer.MIN_VALUE,
                Integer.MAX_VALUE - 1, 1, Integer.MIN_VALUE, Integer.MAX_VALUE - 1, 1, huge));
        assertEquals(sequentialPairs(Integer.MIN_VALUE, Relation.LE, Integer.MAX_VALUE - 1, 1, Integer.MIN_VALUE,
                Relation.LE, Integer.MAX_VALUE - 1, 1, 25), huge.seen);
    }

    static final class PairBudget extends Int2Chunk<PairBudget> {
        final int step;
        final Relation rel;
        final int budget;
        final List<String> seen = new ArrayList<>();

        PairBudget(int step, Relation rel, int budget) {
            this.step = step;
            this.rel = rel;
            this.budget = budget;
        }

        @Override
        protected void run(int i, int from, int to) {
            for (int j = from; rel.holds(j, to); j += step) {
                if (seen.size() == budget) {
                    throw new Budget();
                }
                seen.add(i + ":" + j);
            }
        }

        @Override
        protected PairBudget fresh() {
            return new PairBudget(step, rel, budget);
        }

        @Override
        protected void merge(PairBudget later) {
            seen.addAll(later.seen);
        }
    }

    static List<String> sequentialPairs(int first1, Relation rel1, int limit1, int step1,
                                        int first2, Relation rel2, int limit2, int step2, int budget) {
        List<String> seen = new ArrayList<>();
        outer:
        for (int i = first1; rel1.holds(i, limit1); i += step1) {
            for (int j = first2; rel2.holds(j, limit2); j += step2) {
                if (seen.size() == budget) {
                    break outer;
                }
                seen.add(i + ":" + j);
            }
        }
        return seen;
    }

    @Test
    void aLoopThatDoesNotRunReturnsThePrototypeWhateverItsStep() {
        IntRecorder prototype = new IntRecorder(1);
        assertSame(prototype, CpuLoops.forInt(Sites.site(Relation.LT), 10, 10, 0, prototype));
        assertSame(prototype, CpuLoops.forInt(Sites.site(Relation.LT), 10, 0, -1, prototype));
        PairRecorder pairs = new PairRecorder(1);
        assertSame(pairs, CpuLoops.forInt2(Sites.site(Relation.LT, Relation.LT), 0, 0, 1, 0, 10, -1, pairs));
        PairRecorder noColumns = new PairRecorder(1);
        assertSame(noColumns, CpuLoops.forInt2(Sites.site(Relation.LT, Relation.LT), 0, 5, 1, 3, 3, 1, noColumns));
        assertEquals(List.of(), Arrays.asList(prototype.seen.size(), pairs.seen.size(), noColumns.seen.size())
                .stream().filter(n -> n != 0).toList());
    }

    @Test
    void collapsedLoopNeedsTwoRelations() {
        LoopSite site = Sites.site(Relation.LT);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CpuLoops.forInt2(site, 0, 2, 1, 0, 2, 1, new PairRecorder(1)));
        assertTrue(e.getMessage().startsWith("jpar: " + site.where() + " " + site.method() + ": "), e.getMessage());
        assertTrue(e.getMessage().contains("two relations"), e.getMessage());
    }
}
