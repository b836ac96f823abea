package io.jpar.runtime.gpu;

import io.jpar.runtime.LoopSite;
import io.jpar.runtime.Relation;

/**
 * The trip count of {@code for (i = first; i REL limit; i += step)} for an index whose type spans
 * {@code [min, max]}, with the CPU target's refusals of loops whose sequential form would never end (same
 * rules and messages as {@code io.jpar.runtime.cpu.Trips}, which is not public).
 */
final class TripCount {

    private TripCount() {
    }

    /**
     * @return the number of iterations, 0 when the condition fails at once
     * @throws IllegalArgumentException when the loop would run and its step is 0 or goes away from the limit
     * @throws ArithmeticException      when the index would overflow before the condition fails
     */
    static long of(LoopSite site, int level, long first, long limit, long step, long min, long max) {
        Relation rel = site.relation(level);
        if (!rel.holds(first, limit)) {
            return 0;
        }
        boolean up = rel.isUpward();
        String loop = "`i " + rel.symbol() + " " + limit + "`";
        if (step == 0 || (up ? step < 0 : step > 0)) {
            throw new IllegalArgumentException("jpar: " + site + ": the loop " + loop + " starting at " + first
                    + " with step " + step + " would never end (the step must be " + (up ? "positive" : "negative")
                    + ")");
        }
        // Unsigned arithmetic: the distance is below 2^64, the step's magnitude at most 2^63.
        long distance = up ? limit - first : first - limit;
        long magnitude = up ? step : -step;
        long lastStep = rel.isStrict() ? distance - 1 : distance;
        long more = magnitude == 1 ? lastStep : Long.divideUnsigned(lastStep, magnitude);
        long last = first + more * step;
        if (up ? last > max - step : last < min - step) {
            throw new ArithmeticException("jpar: " + site + ": the " + (min == Integer.MIN_VALUE ? "int" : "long")
                    + " index would overflow after " + last + " (step " + step + ") before " + loop
                    + " fails; the sequential loop would never end");
        }
        if (more + 1 <= 0) {
            throw new ArithmeticException("jpar: " + site + ": the loop " + loop + " from " + first + " has more than "
                    + Long.MAX_VALUE + " iterations");
        }
        return more + 1;
    }
}
