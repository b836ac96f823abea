package io.jpar.runtime.cpu;

import io.jpar.Schedule;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BlockPlanTest {

    private static void assertCovers(BlockPlan plan, long trips) {
        long at = 0;
        for (int b = 0; b < plan.blocks(); b++) {
            assertEquals(at, plan.start(b), "block " + b + " starts where the previous ended");
            assertTrue(plan.end(b) > plan.start(b), "block " + b + " is not empty");
            at = plan.end(b);
        }
        assertEquals(trips, at);
    }

    @Test
    void everyScheduleCutsTheIterationsIntoContiguousBlocks() {
        for (Schedule schedule : Schedule.values()) {
            for (int chunk : new int[] {0, 1, 7, 1000}) {
                for (long trips : new long[] {1, 2, 3, 10, 999, 1_000_003, 1L << 40}) {
                    for (int threads : new int[] {1, 2, 3, 16}) {
                        BlockPlan plan = BlockPlan.of(schedule, chunk, trips, threads);
                        assertCovers(plan, trips);
                        assertTrue(plan.blocks() <= 2 * BlockPlan.MAX_BLOCKS);
                    }
                }
            }
        }
    }

    @Test
    void staticGivesOneEqualBlockPerThreadOrRoundRobinChunks() {
        BlockPlan equal = BlockPlan.of(Schedule.STATIC, 0, 10, 3);
        assertEquals(3, equal.blocks());
        assertEquals(3, equal.slots());
        assertEquals(4, equal.end(0));
        assertEquals(7, equal.end(1));
        BlockPlan chunks = BlockPlan.of(Schedule.STATIC, 4, 10, 2);
        assertEquals(3, chunks.blocks());
        assertEquals(2, chunks.slots());
        assertEquals(8, chunks.start(2));
        assertEquals(2, BlockPlan.of(Schedule.STATIC, 0, 2, 8).units());
    }

    @Test
    void dynamicAndAutoBlockSizes() {
        assertEquals(16 * 2, BlockPlan.of(Schedule.DYNAMIC, 0, 1_000_000, 2).blocks());
        assertEquals(16 * 2, BlockPlan.of(Schedule.AUTO, 0, 1_000_000, 2).blocks());
        BlockPlan fixed = BlockPlan.of(Schedule.DYNAMIC, 300, 1000, 2);
        assertEquals(4, fixed.blocks());
        assertEquals(0, fixed.slots());
        assertEquals(900, fixed.start(3));
    }

    @Test
    void guidedBlocksShrinkToTheChunk() {
        BlockPlan plan = BlockPlan.of(Schedule.GUIDED, 10, 10_000, 4);
        assertEquals(10_000 / 8, plan.end(0));
        long previous = Long.MAX_VALUE;
        for (int b = 0; b < plan.blocks(); b++) {
            long size = plan.end(b) - plan.start(b);
            assertTrue(size <= previous);
            assertTrue(size >= 10 || b == plan.blocks() - 1);
            previous = size;
        }
    }

    @Test
    void tinyChunksOverHugeLoopsAreEnlargedToBoundThePartials() {
        BlockPlan plan = BlockPlan.of(Schedule.DYNAMIC, 1, 1L << 40, 4);
        assertEquals(BlockPlan.MAX_BLOCKS, plan.blocks());
        assertCovers(plan, 1L << 40);
    }

    @Test
    void cutsDependOnlyOnTheirInputs() {
        for (Schedule schedule : Schedule.values()) {
            BlockPlan a = BlockPlan.of(schedule, 0, 123_457, 3);
            BlockPlan b = BlockPlan.of(schedule, 0, 123_457, 3);
            assertEquals(a.blocks(), b.blocks());
            for (int i = 0; i < a.blocks(); i++) {
                assertEquals(a.start(i), b.start(i));
            }
        }
    }
}
