package io.jpar.runtime;

import java.util.Objects;
import java.util.function.Supplier;

/** Helpers for users of jpar. */
public final class Jpar {

    private Jpar() {
    }

    /**
     * Runs {@code work} with every jpar loop started inside it (on this thread, at any depth) running on the
     * calling thread, in order: the sequential program, for timings and comparisons.
     */
    public static <T> T sequential(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        InlineContext.enter();
        try {
            return work.get();
        } finally {
            InlineContext.exit();
        }
    }

    /** Like {@link #sequential(Supplier)}, for work without a result. */
    public static void sequential(Runnable work) {
        Objects.requireNonNull(work, "work");
        InlineContext.enter();
        try {
            work.run();
        } finally {
            InlineContext.exit();
        }
    }

    /**
     * The default thread count in force: the {@code jpar.threads} system property, else the
     * {@code JPAR_THREADS} environment variable, else the number of available processors.
     *
     * @throws IllegalArgumentException if a setting is not a positive integer
     */
    public static int threads() {
        return Config.threads(0);
    }
}
