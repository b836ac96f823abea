package io.jpar.runtime.cluster;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

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

    /** Exceptions made without suppression (the JVM's OutOfMemoryError): their marker is kept here. */
    private static final Map<Throwable, ThrownOnRank> DETACHED = Collections.synchronizedMap(new WeakHashMap<>());

    /** Marks {@code failure} as thrown by rank {@code rank}'s block of the loop at {@code site}. */
    static void attach(Throwable failure, int rank, String site) {
        ThrownOnRank marker = new ThrownOnRank(rank, site);
        failure.addSuppressed(marker);
        if (failure.getSuppressed().length == 0 || failure.getSuppressed()[failure.getSuppressed().length - 1]
                != marker) {
            DETACHED.put(failure, marker);
        }
    }

    /** The marker of {@code t} or of one of its causes, or null when it was thrown on this rank. */
    public static ThrownOnRank of(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            for (Throwable s : c.getSuppressed()) {
                if (s instanceof ThrownOnRank r) {
                    return r;
                }
            }
            ThrownOnRank detached = DETACHED.get(c);
            if (detached != null) {
                return detached;
            }
        }
        return null;
    }

    /** Whether this marker is not among the suppressed exceptions of the one it marks (so not printed with it). */
    public boolean detached() {
        return DETACHED.containsValue(this);
    }
}
