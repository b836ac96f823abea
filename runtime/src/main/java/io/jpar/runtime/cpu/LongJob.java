package io.jpar.runtime.cpu;

/**
 * A parallel call of a {@code long} loop: iteration {@code k} is index {@code first + k * step}, computed
 * with wrapping arithmetic, which is exact because the true value lies in the type's range.
 */
final class LongJob<C extends LongChunk<C>> extends LoopJob<C> {

    private final long first;
    private final long step;

    LongJob(C prototype, BlockPlan plan, long first, long step) {
        super(prototype, plan);
        this.first = first;
        this.step = step;
    }

    @Override
    void runBlock(C chunk, long from, long to) throws Exception {
        chunk.run(first + from * step, first + to * step);
    }
}
