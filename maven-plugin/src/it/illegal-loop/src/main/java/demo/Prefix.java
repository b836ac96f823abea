package demo;

import io.jpar.Parallel;

public final class Prefix {

    private Prefix() {
    }

    /** Each iteration reads what the one before wrote: this loop cannot run in parallel. */
    @Parallel
    public static void prefixSums(long[] a) {
        for (int i = 1; i < a.length; i++) {
            a[i] += a[i - 1]; // BUG: jpar error
        }
    }
}
