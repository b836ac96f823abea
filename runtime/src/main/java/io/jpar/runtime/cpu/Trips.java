package io.jpar.runtime.cpu;

import io.jpar.runtime.LoopSite;
import io.jpar.runtime.Relation;

/**
 * The trip count of {@code for (i = first; i REL limit; i += step)}, exactly, for an index whose type spans
 * {@code [min, max]}; and the refusal of loops whose sequential form would never end. Public because every
 * target counts trips the same way, with the same messages.
 */
public final class Trips {

    private Trips() {
    }

    /**
     * @param level which collapsed loop (0 = outermost), for its relation and for messages
     * @return the number of iterations, 0 when the condition fails at once
     * @throws IllegalArgumentException when the loop would run and its step is 0 or goes away from the limit
     * @throws ArithmeticException      when the index would overflow its type before the condition fails, or
     *                                  the loop has more than {@code Long.MAX_VALUE} iterations
     */
    public static long count(LoopSite site, int level, long first, long limit, long step, long min, long max) {
        Relation rel = site.relation(level);
        if (!rel.holds(first, limit)) {
            return 0;
        }
        boolean up = rel.isUpward();
        if (step == 0 || (up ? step < 0 : step > 0)) {
            throw new IllegalArgumentException("jpar: " + site + ": the loop `" + describe(rel, limit)
                    + "` starting at " + first + " with step " + step + " would never end (the step must be "
                    + (up ? "positive" : "negative") + ")");
        }
        // Both as unsigned numbers: the distance is below 2^64 and the step's magnitude at most 2^63.
        long distance = up ? limit - first : first - limit;
        long magnitude = up ? step : -step;
        boolean strict = rel.isStrict();
        long lastStep = strict ? distance - 1 : distance;   // iterations after the first, times magnitude
        long more = magnitude == 1 ? lastStep : Long.divideUnsigned(lastStep, magnitude);
        long last = first + more * step;                     // exact: the true value lies in [min, max]
        boolean overflows = up ? last > max - step : last < min - step;
        if (overflows) {
            throw new ArithmeticException("jpar: " + site + ": the " + typeName(min) + " index would overflow "
                    + "after " + last + " (step " + step + ") before `" + describe(rel, limit)
                    + "` fails; the sequential loop would never end");
        }
        long trips = more + 1;
        if (trips <= 0) {
            throw new ArithmeticException("jpar: " + site + ": the loop `" + describe(rel, limit)
                    + "` from " + first + " has more than " + Long.MAX_VALUE + " iterations");
        }
        return trips;
    }

    private static String describe(Relation rel, long limit) {
        return "i " + rel.symbol() + " " + limit;
    }

    private static String typeName(long min) {
        return min == Integer.MIN_VALUE ? "int" : "long";
    }
}
