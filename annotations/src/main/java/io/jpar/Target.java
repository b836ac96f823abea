package io.jpar;

/** Where the loops of a {@link Parallel} method run. */
public enum Target {
    /** Threads of this JVM (a dedicated pool of daemon threads). */
    CPU,
    /** Processes of an MPJ Express job, on one host or several. */
    CLUSTER,
    /** An OpenCL device: a GPU where there is one. */
    GPU
}
