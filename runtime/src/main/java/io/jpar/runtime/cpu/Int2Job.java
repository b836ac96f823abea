package io.jpar.runtime.cpu;

import io.jpar.runtime.Relation;

/**
 * A parallel call of two collapsed {@code int} loops: iteration {@code k} of the collapsed space is row
 * {@code k / inner} and inner iteration {@code k % inner}; a block is run as one call per row it touches.
 */
final class Int2Job<C extends Int2Chunk<C>> extends LoopJob<C> {

    private final Relation innerRel;
    private final long first1;
    private final long step1;
    private final long first2;
    private final long step2;
    private final long inner;

    Int2Job(C prototype, BlockPlan plan, Relation innerRel, int first1, int step1, int first2, int step2,
            long inner) {
        super(prototype, plan);
        this.innerRel = innerRel;
        this.first1 = first1;
        this.step1 = step1;
        this.first2 = first2;
        this.step2 = step2;
        this.inner = inner;
    }

    @Override
    void runBlock(C chunk, long from, long to) throws Exception {
        runRows(chunk, from, to, innerRel, first1, step1, first2, step2, inner);
    }

    /** Runs collapsed iterations {@code from .. to-1}, row segment by row segment. */
    static <C extends Int2Chunk<C>> void runRows(C chunk, long from, long to, Relation innerRel, long first1,
                                                 long step1, long first2, long step2, long inner) throws Exception {
        long row = from / inner;
        long at = from - row * inner;
        while (from < to) {
            long stop = Math.min(inner, at + (to - from));
            chunk.run((int) (first1 + row * step1), (int) (first2 + at * step2),
                    (int) Trips.to(innerRel, first2, step2, stop));
            from += stop - at;
            row++;
            at = 0;
        }
    }
}
