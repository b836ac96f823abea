package io.jpar.runtime;

/**
 * Marks the current thread as one on which every jpar loop must run inline: inside a parallel body (the
 * calling thread while it works on its share of a loop) or inside {@link Jpar#sequential}. A depth counter,
 * so that nested scopes unwind correctly. Backends consult it before they start threads or devices.
 */
public final class InlineContext {

    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    private InlineContext() {
    }

    /** Whether loops started on this thread must run inline. */
    public static boolean active() {
        return DEPTH.get()[0] > 0;
    }

    /** Enters an inline scope; pair with {@link #exit()} in a finally block. */
    public static void enter() {
        DEPTH.get()[0]++;
    }

    /** Leaves the scope entered last. */
    public static void exit() {
        DEPTH.get()[0]--;
    }
}
