package io.jpar.runtime.cpu;

import io.jpar.runtime.LoopSite;
import io.jpar.runtime.Relation;

/**
 * The trip count of {@code for (i = first; i REL limit; i += step)}, exactly, for an index whose type spans
 * {@code [min, max]}, and the index bounds a chunk runs for a block of trips. Public because every target counts
 * trips the same way.
 *
 * <p>A loop whose trips cannot be counted (a step of 0 or one that goes away from the limit, an index that
 * would overflow before the condition fails, more than {@code Long.MAX_VALUE} iterations) is
 * {@link #UNCOUNTED}: its sequential form never ends normally, it ends with the body's exception or runs
 * forever. Callers run it as the sequential loop, on the calling thread, so that it writes and throws exactly
 * what the sequential loop writes and throws.
 */
public final class Trips {

    /** What {@link #count} returns for a loop whose trips cannot be counted. */
    public static final long UNCOUNTED = -1;

    private Trips() {
    }

    /**
     * @param level which collapsed loop (0 = outermost), for its relation
     * @return the number of iterations, 0 when the condition fails at once, {@link #UNCOUNTED} when the
     *         sequential loop would not end by its condition
     */
    public static long count(LoopSite site, int level, long first, long limit, long step, long min, long max) {
        return count(site.relation(level), first, limit, step, min, max);
    }

    /**
     * The iterations of an {@code int} loop nested in a parallel one, {@code for (x = first; x REL limit; x += step)}, as
     * the sequential loop runs them: what a counter the nest increments ({@code row[k++]}) advances by per row;
     * generated code starts each iteration's counter from it. 0 for a loop that would not end.
     */
    public static long inner(Relation rel, long first, long limit, long step) {
        long trips = count(rel, first, limit, step, Integer.MIN_VALUE, Integer.MAX_VALUE);
        return trips == UNCOUNTED ? 0 : trips;
    }

    private static long count(Relation rel, long first, long limit, long step, long min, long max) {
        if (!rel.holds(first, limit)) {
            return 0;
        }
        boolean up = rel.isUpward();
        if (step == 0 || (up ? step < 0 : step > 0)) {
            return UNCOUNTED;
        }
        // Both as unsigned numbers: the distance is below 2^64 and the step's magnitude at most 2^63.
        long distance = up ? limit - first : first - limit;
        long magnitude = up ? step : -step;
        long lastStep = rel.isStrict() ? distance - 1 : distance;   // iterations after the first, times magnitude
        long more = magnitude == 1 ? lastStep : Long.divideUnsigned(lastStep, magnitude);
        long last = first + more * step;                              // exact: the true value lies in [min, max]
        // the step after the last iteration must not wrap, or the condition holds again
        boolean overflows = up ? last > max - step : last < min - step;
        long trips = more + 1;
        return overflows || trips <= 0 ? UNCOUNTED : trips;
    }

    /**
     * The trips of two collapsed loops, from {@link #count} of each: 0 when either runs no iteration,
     * {@link #UNCOUNTED} when either cannot be counted (a nest without rows stays without iterations when run as
     * written) or together they pass {@code Long.MAX_VALUE}.
     */
    public static long collapsed(long rows, long inner) {
        if (rows == UNCOUNTED || inner == UNCOUNTED) {
            return UNCOUNTED;
        }
        return inner != 0 && rows > Long.MAX_VALUE / inner ? UNCOUNTED : rows * inner;
    }

    /**
     * The {@code to} a chunk's {@code run} gets for trips {@code [from, end)} ({@code from < end}): the index
     * past the block for a strict relation ({@code i < to}), the block's last index otherwise ({@code i <= to}),
     * so that the chunk's loop keeps the relation as written and {@code run(first, limit)} is the sequential
     * loop. Wrapping arithmetic is exact: the value lies in the index type's range for a counted loop.
     */
    public static long to(Relation rel, long first, long step, long end) {
        return first + (rel.isStrict() ? end : end - 1) * step;
    }
}
