package io.jpar.runtime.cpu;

/**
 * The body of a parallel loop, as a class that generated code extends: it runs a block of iterations and
 * holds the partial results of the loop's reductions. Chunk 0 runs on the object passed to {@link CpuLoops}
 * (it carries the variables' values from before the loop); every other chunk runs on {@link #fresh()}; the
 * partials are then merged into the first in chunk order.
 *
 * @param <C> the concrete chunk class
 */
public abstract class Chunk<C extends Chunk<C>> {

    /**
     * A partial that holds the reductions' identities ({@code 0} for {@code +}, ...) and a copy of whatever
     * else the body reads. A chunk without reductions returns {@code this}, which all threads then share.
     */
    @SuppressWarnings("unchecked")
    protected C fresh() {
        return (C) this;
    }

    /** Folds the partial of a later chunk into this one, with each reduction's operator. */
    protected void merge(C later) {
    }
}
