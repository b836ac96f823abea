package io.jpar.runtime.cpu;

/** A parallel call of an {@code int} loop: iteration {@code k} is index {@code first + k * step}. */
final class IntJob<C extends IntChunk<C>> extends LoopJob<C> {

    private final long first;
    private final long step;

    IntJob(C prototype, BlockPlan plan, int first, int step) {
        super(prototype, plan);
        this.first = first;
        this.step = step;
    }

    @Override
    void runBlock(C chunk, long from, long to) throws Exception {
        chunk.run((int) (first + from * step), (int) (first + to * step));
    }
}
