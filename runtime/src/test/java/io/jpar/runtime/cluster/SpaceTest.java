package io.jpar.runtime.cluster;

import io.jpar.runtime.Relation;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The split of a call into one block per rank, and the elements each block touches. */
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
        assertEquals(100, s.firstOf(0));
        assertEquals(12, s.end(0));                                       // 34 = 12 + 11 + 11
        assertEquals(67, s.limitOf(0, Relation.GE));                      // i >= 67: 100, 97, .., 67
        assertEquals(64, s.limitOf(0, Relation.GT));                      // i > 64: the same 12
        assertEquals(64, s.firstOf(1));
        assertEquals(1, s.limitOf(2, Relation.GE));
    }

    @Test
    void spansFollowScaleAndOffsetAndStayInsideTheArray() {
        Space s = new Space(Space.INT, 0, 1, 10, 0, 0, 0, 2);          // blocks 0..4 and 5..9
        assertArrayEquals(new long[] {5, 1, 5}, s.span(1, 100, 1, 0));
        assertArrayEquals(new long[] {11, 2, 5}, s.span(1, 100, 2, 1)); // 11, 13, .., 19
        assertArrayEquals(new long[] {5, 1, 3}, s.span(1, 8, 1, 0));     // 5, 6, 7: 8 and 9 lie outside
        assertArrayEquals(new long[] {0, 1, 0}, s.span(1, 5, 1, 0));     // none inside
        Space down = new Space(Space.INT, 9, -1, 10, 0, 0, 0, 2);       // blocks 9..5 and 4..0
        assertArrayEquals(new long[] {5, 1, 5}, down.span(0, 100, 1, 0));
        assertArrayEquals(new long[] {1, 1, 5}, down.span(1, 100, 1, 1)); // i + 1 for i = 4 .. 0
    }
}
