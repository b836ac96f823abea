package io.jpar.runtime;

/**
 * jpar's fallback rule: a loop that cannot run where it was meant to runs another way that is correct, and
 * says so in one warning line per loop, or fails when {@code jpar.fallback=error}. Never silent, never wrong.
 */
public final class Fallback {

    private Fallback() {
    }

    /**
     * Reports that {@code site} falls back, before the caller runs it the other way.
     *
     * @param reason  why, e.g. {@code "arrays passed to the loop overlap (...)"}
     * @param instead what runs instead, e.g. {@code "ran it sequentially"}
     * @throws IllegalStateException when {@code jpar.fallback=error}
     */
    public static void report(LoopSite site, String reason, String instead) {
        String text = site.where() + " " + site.method() + ": " + reason;
        if (Config.fallback() == Config.Fallback.ERROR) {
            throw new IllegalStateException("jpar: " + text + "; not falling back because jpar.fallback=error");
        }
        if (site.firstFallback()) {
            System.err.println("jpar: warning: " + text + "; " + instead);
        }
    }
}
