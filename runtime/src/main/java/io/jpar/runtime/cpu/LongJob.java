package io.jpar.runtime.cpu;

import io.jpar.runtime.Relation;

/**
 * A parallel call of a {@code long} loop: iteration {@code k} is index {@code first + k * step}, computed
 * with wrapping arithmetic, which is exact because the true value lies in the type's range.
 */
final class LongJob<C extends LongChunk<C>> extends LoopJob<C> {

    private final Relation rel;
    private final long first;
    private final long step;

    LongJob(C prototype, BlockPlan plan, Relation rel, long first, long step) {
        super(prototype, plan);
        this.rel = rel;
        this.first = first;
        this.step = step;
    }

    @Override
    void runBlock(C chunk, long from, long to) throws Exception {
        chunk.run(first + from * step, Trips.to(rel, first, step, to));
    }
}
