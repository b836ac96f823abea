package io.jpar.runtime.cluster;

import io.jpar.runtime.cpu.Int2Chunk;

/**
 * A CLUSTER loop over two collapsed {@code int} loops (the rows, the outer index, are distributed): the CPU chunk plus {@link #move}, which says how each field travels
 * between ranks. Other ranks build the class by its no-argument constructor (by reflection), so every value the
 * body reads must be a field that {@code move} moves.
 *
 * @param <C> the concrete chunk class
 */
public abstract class ClusterInt2Chunk<C extends ClusterInt2Chunk<C>> extends Int2Chunk<C> {

    /** One statement per field, {@code field = m.op(field, ...)}, in the same order every time; see {@link Mover}. */
    protected abstract void move(Mover m);

    final void moveWith(Mover m) {
        move(m);
    }

    final C freshChunk() {
        return fresh();
    }

    @SuppressWarnings("unchecked")
    final void mergeChunk(Object later) {
        merge((C) later);
    }
}
