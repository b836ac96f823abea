package io.jpar.runtime.cpu;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The counter from which threads claim blocks, alone on its cache line: it is the middle slot of an array
 * whose other slots stay unused, so that claiming a block does not slow down threads that read fields
 * allocated next to it (and the other way round).
 */
final class PaddedCounter {

    /** Longs on either side of the counter: 8 x 8 bytes, one cache line (two on CPUs that fetch pairs). */
    private static final int PAD = 8;

    private final AtomicLongArray cells = new AtomicLongArray(2 * PAD + 1);

    /** Returns the current value and adds one. */
    long next() {
        return cells.getAndIncrement(PAD);
    }
}
