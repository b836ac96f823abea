package io.jpar.runtime.cpu;

/**
 * Two perfectly nested {@code int} loops collapsed into one iteration space ({@code collapse = 2}).
 *
 * @param <C> the concrete chunk class
 */
public abstract class Int2Chunk<C extends Int2Chunk<C>> extends Chunk<C> {

    /**
     * Runs row {@code i} of the outer loop over the inner indices from {@code from} while {@code j REL to},
     * REL being the inner loop's relation (see {@link IntChunk#run}). A block of the collapsed space that spans
     * rows arrives as one call per row.
     */
    protected abstract void run(int i, int from, int to) throws Exception;
}
