package io.jpar.runtime;

import io.jpar.Schedule;

import java.util.Arrays;
import java.util.Objects;

/**
 * One parallel loop of the user's program: where it is, how it was annotated, and its statistics. Generated
 * code creates one per loop, once (a {@code static final} field). Sites with the same {@code where} and
 * {@code method} share their statistics, the cost estimate that decides whether a call runs inline, and the
 * one fallback warning.
 */
public final class LoopSite {

    private final String where;
    private final String method;
    private final Schedule schedule;
    private final int chunk;
    private final int threads;
    private final Relation[] relations;
    private final LoopStats stats;
    // set once while the generated class initializes, before any call can read them
    private String[] writtenNames;
    private String[] readNames;
    // the last array of objects whose elements a call found distinct (ArrayOverlap.find(LoopSite, ...))
    private volatile ElementDistinctness.Verified verifiedElements;

    /**
     * @param where     the loop's position, {@code "File.java:LINE"}
     * @param method    the enclosing method, {@code "Class.method"}
     * @param schedule  how iterations are dealt out
     * @param chunk     iterations per block, 0 to let jpar choose
     * @param threads   threads from the annotation, 0 for the default
     * @param relations the loop conditions, one per collapsed loop (outermost first)
     * @throws IllegalArgumentException on a negative chunk or thread count, or not one or two relations
     */
    public LoopSite(String where, String method, Schedule schedule, int chunk, int threads, Relation... relations) {
        this.where = Objects.requireNonNull(where, "where");
        this.method = Objects.requireNonNull(method, "method");
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        if (chunk < 0) {
            throw new IllegalArgumentException("jpar: " + where + " " + method + ": chunk must be 0 (automatic) "
                    + "or positive, got " + chunk);
        }
        if (threads < 0 || threads > Config.MAX_THREADS) {
            throw new IllegalArgumentException("jpar: " + where + " " + method + ": threads must be 0 (default) "
                    + "or a thread count up to " + Config.MAX_THREADS + ", got " + threads);
        }
        if (relations == null || relations.length < 1 || relations.length > 2) {
            throw new IllegalArgumentException("jpar: " + where + " " + method
                    + ": a loop site needs one relation per collapsed loop (1 or 2), got "
                    + (relations == null ? "none" : Arrays.toString(relations)));
        }
        for (Relation r : relations) {
            Objects.requireNonNull(r, "relation");
        }
        this.chunk = chunk;
        this.threads = threads;
        this.relations = relations.clone();
        this.stats = StatsReport.statsFor(this);
    }

    /**
     * Names the arrays of the run-time overlap check as the source names them, for its warning; generated code
     * calls it once, where it creates the site. Returns this site.
     */
    public LoopSite arrays(String[] written, String[] read) {
        this.writtenNames = written.clone();
        this.readNames = read.clone();
        return this;
    }

    /** The names of the arrays the loop writes, in the order the overlap check gets them; null if not given. */
    public String[] writtenNames() {
        return writtenNames;
    }

    /** The names of the arrays the loop reads elsewhere, in the order the overlap check gets them; null if not given. */
    public String[] readNames() {
        return readNames;
    }

    /** {@code "File.java:LINE"}. */
    public String where() {
        return where;
    }

    /** {@code "Class.method"}. */
    public String method() {
        return method;
    }

    public Schedule schedule() {
        return schedule;
    }

    /** Iterations per block as annotated; 0 lets jpar choose. */
    public int chunk() {
        return chunk;
    }

    /** Threads as annotated; 0 means the default ({@link Jpar#threads()}). */
    public int threads() {
        return threads;
    }

    /** How many loops are collapsed into this site's iteration space (1 or 2). */
    public int depth() {
        return relations.length;
    }

    /** The condition of the loop at {@code level} (0 = outermost). */
    public Relation relation(int level) {
        return relations[level];
    }

    /** This site's statistics and cost estimate. */
    public LoopStats stats() {
        return stats;
    }

    /** Calls of this loop, parallel and inline. */
    public long calls() {
        return stats.calls();
    }

    /** Calls that ran inline on the caller, as one chunk. */
    public long inlineCalls() {
        return stats.inlineCalls();
    }

    /** Iterations run, over all calls. */
    public long iterations() {
        return stats.iterations();
    }

    /** The most threads that took part in one call. */
    public int threadsUsed() {
        return stats.maxThreads();
    }

    /** Chunks run, over all calls (an inline call is one chunk). */
    public long chunks() {
        return stats.chunks();
    }

    /** Time spent in this loop, in nanoseconds (see {@link LoopStats#timeNanos()}). */
    public long timeNanos() {
        return stats.timeNanos();
    }

    ElementDistinctness.Verified verifiedElements() {
        return verifiedElements;
    }

    void verifiedElements(ElementDistinctness.Verified verified) {
        this.verifiedElements = verified;
    }

    /** True the first time it is called for this loop: fallback warnings are printed once per loop. */
    boolean firstFallback() {
        return stats.firstFallback();
    }

    @Override
    public String toString() {
        return where + " " + method;
    }
}
