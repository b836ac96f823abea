package io.jpar.runtime.cpu;

/**
 * A loop over an {@code int} index.
 *
 * @param <C> the concrete chunk class
 */
public abstract class IntChunk<C extends IntChunk<C>> extends Chunk<C> {

    /**
     * Runs the iterations from {@code from} (the block's first index) up to, not including, {@code to} (the
     * first index past the block in the loop's direction: {@code i < to} upward, {@code i > to} downward).
     */
    protected abstract void run(int from, int to) throws Exception;
}
