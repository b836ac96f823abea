package io.jpar.runtime.cpu;

import io.jpar.runtime.Relation;

/** A parallel call of an {@code int} loop: iteration {@code k} is index {@code first + k * step}. */
final class IntJob<C extends IntChunk<C>> extends LoopJob<C> {

    private final Relation rel;
    private final long first;
    private final long step;

    IntJob(C prototype, BlockPlan plan, Relation rel, int first, int step) {
        super(prototype, plan);
        this.rel = rel;
        this.first = first;
        this.step = step;
    }

    @Override
    void runBlock(C chunk, long from, long to) throws Exception {
        chunk.run((int) (first + from * step), (int) Trips.to(rel, first, step, to));
    }
}
