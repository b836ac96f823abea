package io.jpar.runtime.cluster;

/**
 * Added to an exception of another rank's block (as a suppressed exception) when rank 0 rethrows it: names the rank
 * that threw it, and its own stack is the call's frames on rank 0, which the remote stack lacks.
 */
public final class ThrownOnRank extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int rank;

    ThrownOnRank(int rank, String site) {
        super("jpar: thrown in the block of rank " + rank + " of the cluster loop " + site
                + "; the call's frames on rank 0:");
        this.rank = rank;
    }

    /** The rank whose block threw. */
    public int rank() {
        return rank;
    }

    /** The rank that threw {@code t} in a cluster call, or -1 when it was thrown on this rank (or not in one). */
    public static int of(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            for (Throwable s : c.getSuppressed()) {
                if (s instanceof ThrownOnRank r) {
                    return r.rank;
                }
            }
        }
        return -1;
    }
}
