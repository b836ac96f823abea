package io.jpar.runtime.cluster;

import io.jpar.runtime.Relation;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The split of a call into blocks (one per rank, or dealt), and the elements each block touches. */
class SpaceTest {

    @Test
    void blocksAreContiguousInRankOrderAndBalanced() {
        for (long trips : new long[] {0, 1, 2, 10, 11, 1_000_003}) {
            for (int ranks = 1; ranks <= 5; ranks++) {
                Space s = new Space(Space.INT, 0, 1, trips, 0, 0, 0, ranks);
                assertEquals(0, s.start(0));
                assertEquals(trips, s.end(ranks - 1));
                for (int r = 0; r < ranks; r++) {
                    long size = s.end(r) - s.start(r);
                    assertTrue(size == trips / ranks || size == trips / ranks + 1, trips + "/" + ranks);
                    if (r > 0) {
                        assertEquals(s.end(r - 1), s.start(r));
                    }
                }
            }
        }
    }

    @Test
    void limitsGiveEachRankExactlyItsBlock() {
        // for (i = 100; i >= 1; i -= 3): 34 iterations, 100 .. 1
        Space s = new Space(Space.INT, 100, -3, 34, 0, 0, 0, 3);
        assertEquals(1, s.blocksPerRank());
        assertEquals(100, s.indexOf(s.blockStart(0)));
        assertEquals(12, s.blockEnd(0));                                  // 34 = 12 + 11 + 11
        assertEquals(67, s.limitAt(s.blockEnd(0), Relation.GE));          // i >= 67: 100, 97, .., 67
        assertEquals(64, s.limitAt(s.blockEnd(0), Relation.GT));          // i > 64: the same 12
        assertEquals(64, s.indexOf(s.blockStart(1)));
        assertEquals(1, s.limitAt(s.blockEnd(2), Relation.GE));
    }

    @Test
    void dealtBlocksCoverEveryTripOnceInIterationOrderAndRanksGetEqualShares() {
        for (long trips : new long[] {2 * 2 * Space.MIN_BLOCK_ITERATIONS, 10_001, 1_000_003}) {
            for (int ranks = 2; ranks <= 5; ranks++) {
                Space s = new Space(Space.INT, 0, 1, trips, 0, 0, 0, ranks).dealt(1);
                if (trips / ranks < 2 * Space.MIN_BLOCK_ITERATIONS) {
                    assertTrue(!s.isDealt(), "too few trips to give each rank two blocks");
                    continue;
                }
                assertTrue(s.isDealt() && s.blocksPerRank() >= 2 && s.blocksPerRank() <= Space.BLOCKS_PER_RANK,
                        trips + "/" + ranks);
                long at = 0;
                long[] share = new long[ranks];
                for (long b = 0; b < s.blocks; b++) {
                    assertEquals(at, s.blockStart(b), "block b follows block b - 1");
                    assertTrue(s.blockEnd(b) - s.blockStart(b) >= Space.MIN_BLOCK_ITERATIONS);
                    share[(int) (b % ranks)] += s.blockEnd(b) - s.blockStart(b);
                    at = s.blockEnd(b);
                }
                assertEquals(trips, at);
                for (int r = 0; r < ranks; r++) {
                    assertEquals(r + (s.blocksPerRank() - 1) * ranks, s.blockNumber(r, s.blocksPerRank() - 1));
                    assertTrue(Math.abs(share[r] - trips / ranks) <= s.blocksPerRank(), "equal shares");
                }
            }
        }
    }

    @Test
    void dealingEvensOutACostThatGrowsWithTheIndex() {
        // cost(i) = i: with np = 2 the contiguous split leaves 75% of the work to rank 1
        Space s = new Space(Space.INT, 0, 1, 1_000_000, 0, 0, 0, 2).dealt(1);
        double[] work = new double[2];
        for (long b = 0; b < s.blocks; b++) {
            double lo = s.blockStart(b);
            double hi = s.blockEnd(b);
            work[(int) (b % 2)] += (hi * hi - lo * lo) / 2;
        }
        assertTrue(work[1] / (work[0] + work[1]) < 0.54, "rank 1's share " + work[1] / (work[0] + work[1]));
    }

    @Test
    void smallLoopsStayContiguous() {
        // fewer than two blocks of MIN_BLOCK_ITERATIONS per rank: one contiguous block per rank
        Space small = new Space(Space.INT, 0, 1, 6 * Space.MIN_BLOCK_ITERATIONS - 1, 0, 0, 0, 3);
        assertTrue(!small.dealt(1).isDealt());
        assertTrue(new Space(Space.INT, 0, 1, 6 * Space.MIN_BLOCK_ITERATIONS, 0, 0, 0, 3).dealt(1).isDealt());
        // rows of collapse = 2 count with their inner trips: 40 rows of 1000 are dealt, 40 rows of 1 are not
        Space rows = new Space(Space.INT2, 0, 1, 40, 0, 1000, 1, 2);
        assertEquals(16, rows.dealt(1000).blocks);
        assertTrue(!rows.dealt(1).isDealt());
    }

    @Test
    void theWayOfSplittingTravelsWithTheCall() {
        Space s = new Space(Space.LONG, 7, -2, 5000, 0, 0, 0, 3).dealt(1);
        Pack p = new Pack(0);
        s.write(p);
        Space read = Space.read(new Pack(p.toBytes(), 0), 3);
        assertEquals(24, read.blocks);
        for (long b = 0; b <= s.blocks; b++) {
            assertEquals(s.blockStart(b), read.blockStart(b));
        }
        assertEquals(s.limitAt(s.blockEnd(4), Relation.GE), read.limitAt(read.blockEnd(4), Relation.GE));
    }

    @Test
    void spansFollowScaleAndOffsetAndStayInsideTheArray() {
        Space s = new Space(Space.INT, 0, 1, 10, 0, 0, 0, 2);          // blocks 0..4 and 5..9
        assertArrayEquals(new long[] {5, 1, 5}, s.span(1, 100, 1, 0, 1));
        assertArrayEquals(new long[] {11, 2, 5}, s.span(1, 100, 2, 1, 1)); // 11, 13, .., 19
        assertArrayEquals(new long[] {5, 1, 3}, s.span(1, 8, 1, 0, 1));     // 5, 6, 7: 8 and 9 lie outside
        assertArrayEquals(new long[] {0, 1, 0}, s.span(1, 5, 1, 0, 1));     // none inside
        Space down = new Space(Space.INT, 9, -1, 10, 0, 0, 0, 2);       // blocks 9..5 and 4..0
        assertArrayEquals(new long[] {5, 1, 5}, down.span(0, 100, 1, 0, 1));
        assertArrayEquals(new long[] {1, 1, 5}, down.span(1, 100, 1, 1, 1)); // i + 1 for i = 4 .. 0
    }

    @Test
    void lanesSpanFromTheFirstLaneToTheLastInsideTheArray() {
        Space s = new Space(Space.INT, 0, 1, 10, 0, 0, 0, 2);          // blocks 0..4 and 5..9
        assertArrayEquals(new long[] {40, 1, 40}, s.span(1, 100, 8, 0, 8)); // a[8 * i + c], c < 8: 40 .. 79
        assertArrayEquals(new long[] {0, 1, 40}, s.span(0, 100, 8, 0, 8));
        assertArrayEquals(new long[] {16, 1, 14}, s.span(1, 30, 3, 1, 2));  // 3 * i + 1 + c, c < 2: 16 .. 29, 30 lies outside
        Space eights = new Space(Space.INT, 0, 8, 4, 0, 0, 0, 2);      // i = 0, 8 | 16, 24
        assertArrayEquals(new long[] {16, 1, 16}, eights.span(1, 64, 1, 0, 8)); // a[i + c], c < 8: 16 .. 31
        Space down = new Space(Space.INT, 9, -1, 10, 0, 0, 0, 2);       // blocks 9..5 and 4..0
        assertArrayEquals(new long[] {0, 1, 10}, down.span(1, 100, 2, 0, 2)); // 2 * i + c for i = 4 .. 0
        assertTrue(s.contiguous(8, 8));
        assertFalse(s.contiguous(2, 1));
    }
}
