package io.jpar.runtime.cpu;

/**
 * A loop over a {@code long} index.
 *
 * @param <C> the concrete chunk class
 */
public abstract class LongChunk<C extends LongChunk<C>> extends Chunk<C> {

    /** Runs the iterations from {@code from} while {@code i REL to}; see {@link IntChunk#run}. */
    protected abstract void run(long from, long to) throws Exception;
}
