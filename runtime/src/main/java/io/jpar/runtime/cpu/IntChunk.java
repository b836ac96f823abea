package io.jpar.runtime.cpu;

/**
 * A loop over an {@code int} index.
 *
 * @param <C> the concrete chunk class
 */
public abstract class IntChunk<C extends IntChunk<C>> extends Chunk<C> {

    /**
     * Runs the iterations from {@code from} (the block's first index) while {@code i REL to}, REL being the
     * loop's relation as written: for {@code <} and {@code >}, {@code to} is the first index past the block;
     * for {@code <=} and {@code >=}, the block's last index. {@code run(first, limit)} is the whole sequential
     * loop, which is how a loop whose trips cannot be counted runs ({@link Trips#UNCOUNTED}).
     */
    protected abstract void run(int from, int to) throws Exception;
}
