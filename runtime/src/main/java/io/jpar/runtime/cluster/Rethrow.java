package io.jpar.runtime.cluster;

/** Rethrows a block's exception unchanged, checked ones too: the one the sequential loop would throw. */
final class Rethrow {

    private Rethrow() {
    }

    static RuntimeException as(Throwable t) {
        throw Rethrow.<RuntimeException>sneaky(t);
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T sneaky(Throwable t) throws T {
        throw (T) t;
    }
}
