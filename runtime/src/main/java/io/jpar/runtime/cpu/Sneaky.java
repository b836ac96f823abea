package io.jpar.runtime.cpu;

/**
 * Rethrows a loop body's exception unchanged, checked ones included: the generated call site cannot declare
 * them, yet the caller must see exactly the exception the sequential loop would have thrown.
 */
final class Sneaky {

    private Sneaky() {
    }

    /** Throws {@code t}; declared to return so that callers can write {@code throw Sneaky.rethrow(t)}. */
    static RuntimeException rethrow(Throwable t) {
        throw Sneaky.<RuntimeException>as(t);
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T as(Throwable t) throws T {
        throw (T) t;
    }
}
