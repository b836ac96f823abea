package io.jpar;

/** How the iterations of a parallel loop are dealt out to threads (OpenMP's schedules). */
public enum Schedule {
    /** jpar chooses: static for uniform work; dynamic where it cannot tell. */
    AUTO,
    /** Equal contiguous blocks, one per thread, or round-robin blocks of {@link Parallel#chunk()}. */
    STATIC,
    /** Threads take the next block of {@link Parallel#chunk()} iterations as they finish: uneven work. */
    DYNAMIC,
    /** Like DYNAMIC, with blocks that shrink as the loop nears its end, down to {@link Parallel#chunk()}. */
    GUIDED
}
