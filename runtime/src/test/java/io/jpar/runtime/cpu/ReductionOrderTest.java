package io.jpar.runtime.cpu;

import io.jpar.Schedule;
import io.jpar.runtime.Config;
import io.jpar.runtime.LoopSite;
import io.jpar.runtime.Relation;
import io.jpar.runtime.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Partials start from the reductions' identities and merge in chunk order into the prototype. */
@Timeout(120)
class ReductionOrderTest {

    /** String concatenation: associative, not commutative, so the result shows the merge order. */
    static final class Concat extends IntChunk<Concat> {
        final StringBuilder text;
        final AtomicInteger freshCalls;

        Concat(String start, AtomicInteger freshCalls) {
            this.text = new StringBuilder(start);
            this.freshCalls = freshCalls;
        }

        @Override
        protected void run(int from, int to) {
            for (int i = from; i < to; i++) {
                text.append(i).append(',');
            }
        }

        @Override
        protected Concat fresh() {
            freshCalls.incrementAndGet();
            return new Concat("", freshCalls);
        }

        @Override
        protected void merge(Concat later) {
            text.append(later.text);
        }
    }

    @ParameterizedTest
    @EnumSource(Schedule.class)
    void partialsMergeInChunkOrderAfterThePrototypesValue(Schedule schedule) {
        StringBuilder expected = new StringBuilder("before:");
        for (int i = 0; i < 1000; i++) {
            expected.append(i).append(',');
        }
        for (int chunk : new int[] {0, 1, 13}) {
            LoopSite site = Sites.site(schedule, chunk, 3, Relation.LT);
            AtomicInteger freshCalls = new AtomicInteger();
            Concat result = CpuLoops.forInt(site, 0, 1000, 1, new Concat("before:", freshCalls));
            assertEquals(expected.toString(), result.text.toString());
            // One partial per block but the first: the plan was followed, whatever the timing.
            int blocks = BlockPlan.of(schedule, chunk, 1000, Config.threads(site)).blocks();
            assertEquals(blocks - 1, freshCalls.get(), schedule + " chunk " + chunk);
            assertEquals(blocks, site.chunks(), "chunks counted");
        }
    }

    @Test
    void staticScheduleMakesOneBlockPerThread() {
        LoopSite site = Sites.site(Schedule.STATIC, 0, 3, Relation.LT);
        AtomicInteger freshCalls = new AtomicInteger();
        CpuLoops.forInt(site, 0, 1000, 1, new Concat("", freshCalls));
        assertEquals(Config.threads(site) - 1, freshCalls.get());
    }

    /** A floating-point sum, with {@code -0.0} as the identity of {@code +}. */
    static final class Harmonic extends IntChunk<Harmonic> {
        double sum;

        Harmonic(double sum) {
            this.sum = sum;
        }

        @Override
        protected void run(int from, int to) {
            for (int i = from; i < to; i++) {
                sum += 1.0 / (i + 1);
            }
        }

        @Override
        protected Harmonic fresh() {
            return new Harmonic(-0.0);
        }

        @Override
        protected void merge(Harmonic later) {
            sum += later.sum;
        }
    }

    @Test
    void floatingPointResultIsTheOrderedSumOfTheBlocksOnEveryRun() {
        int n = 1_000_001;
        LoopSite first = Sites.site(Schedule.STATIC, 0, 3, Relation.LT);
        int threads = Config.threads(first);
        BlockPlan plan = BlockPlan.of(Schedule.STATIC, 0, n, threads);
        double expected = 0.5;
        for (int b = 0; b < plan.blocks(); b++) {
            double partial = b == 0 ? 0.5 : -0.0;
            for (long i = plan.start(b); i < plan.end(b); i++) {
                partial += 1.0 / (i + 1);
            }
            expected = b == 0 ? partial : expected + partial;
        }
        for (int run = 0; run < 5; run++) {
            LoopSite site = run == 0 ? first : Sites.site(Schedule.STATIC, 0, 3, Relation.LT);
            double sum = CpuLoops.forInt(site, 0, n, 1, new Harmonic(0.5)).sum;
            assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(sum), "run " + run);
        }
    }

    /** A reduction on a long loop and on a collapsed loop: the merged value is the sequential value. */
    static final class LongSum extends LongChunk<LongSum> {
        long sum;

        LongSum(long sum) {
            this.sum = sum;
        }

        @Override
        protected void run(long from, long to) {
            for (long i = from; i > to; i -= 2001) {
                sum += i;
            }
        }

        @Override
        protected LongSum fresh() {
            return new LongSum(0);
        }

        @Override
        protected void merge(LongSum later) {
            sum += later.sum;
        }
    }

    static final class CellSum extends Int2Chunk<CellSum> {
        long sum;

        CellSum(long sum) {
            this.sum = sum;
        }

        @Override
        protected void run(int i, int from, int to) {
            for (int j = from; j < to; j++) {
                sum += (long) i * 1000 + j;
            }
        }

        @Override
        protected CellSum fresh() {
            return new CellSum(0);
        }

        @Override
        protected void merge(CellSum later) {
            sum += later.sum;
        }
    }

    @Test
    void longAndCollapsedReductions() {
        long expected = 7;
        for (long i = 3_000_000_000L; i > -5; i -= 2001) {
            expected += i;
        }
        LoopSite site = Sites.site(Schedule.GUIDED, 0, 3, Relation.GT);
        assertEquals(expected, CpuLoops.forLong(site, 3_000_000_000L, -5, -2001, new LongSum(7)).sum);

        long cells = 11;
        for (int i = 0; i < 300; i++) {
            for (int j = 0; j < 200; j++) {
                cells += (long) i * 1000 + j;
            }
        }
        LoopSite grid = Sites.site(Schedule.DYNAMIC, 7, 3, Relation.LT, Relation.LT);
        assertEquals(cells, CpuLoops.forInt2(grid, 0, 300, 1, 0, 200, 1, new CellSum(11)).sum);
    }
}
