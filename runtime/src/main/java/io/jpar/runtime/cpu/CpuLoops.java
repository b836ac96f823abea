package io.jpar.runtime.cpu;

import io.jpar.runtime.ArrayOverlap;
import io.jpar.runtime.Config;
import io.jpar.runtime.Fallback;
import io.jpar.runtime.InlineContext;
import io.jpar.runtime.LoopSite;
import io.jpar.runtime.LoopStats;
import io.jpar.runtime.Relation;

import java.util.Objects;

/**
 * What generated code calls for a loop with {@code target = CPU}: runs a {@link Chunk} class over the loop's
 * iterations and returns the prototype with every partial merged into it in chunk order.
 *
 * <p>The iteration space is that of {@code for (i = first; i REL limit; i += step)}, REL being the site's
 * relation. A loop that does not run returns the prototype untouched. A loop whose trips cannot be counted
 * ({@link Trips#UNCOUNTED}: a step of 0 or one that goes away from the limit, an index that would overflow
 * before the condition fails) runs as the sequential loop on the calling thread, {@code run(first, limit)}:
 * the same writes, then the same exception (or the same endless loop).
 *
 * <p>A call runs <b>inline</b>, on the calling thread as one chunk (so exactly as the sequential loop), when
 * <ol>
 *   <li>it is too small to pay for threads: fewer than 2 iterations, or the site's estimate of nanoseconds per
 *       iteration says the whole loop takes less than {@value #INLINE_BELOW_NANOS} ns sequentially. The
 *       estimate is measured on parallel calls (time the threads spent in chunks, added up) and on inline
 *       calls, of which only one in {@value LoopStats#SAMPLE_EVERY} is timed so that a tiny loop pays
 *       almost nothing. A site without an estimate yet (its first call) runs in parallel, which measures it:
 *       a long loop called once must not run sequentially;
 *   <li>arrays passed to the overlap check overlap: one warning per site, or an error with
 *       {@code jpar.fallback=error}. The check guards only calls that would otherwise run in parallel: an
 *       inline run is the sequential loop, right whatever the arrays, and a tiny loop must not pay for it;
 *   <li>it starts inside a parallel body (at any depth, on the caller or on a pool thread) or inside
 *       {@link io.jpar.runtime.Jpar#sequential};
 *   <li>it gets one thread ({@link Config#threads(LoopSite)}), or the schedule gives it one block.
 * </ol>
 * Otherwise it runs on the calling thread plus helper tasks of jpar's pool, see {@link LoopJob} and
 * {@link BlockPlan}.
 *
 * <p>Exceptions of the body reach the caller unchanged (checked ones too): the one the sequential loop
 * would throw.
 */
public final class CpuLoops {

    /** Loops estimated to take less than this, sequentially, run inline. */
    public static final long INLINE_BELOW_NANOS = 30_000;

    private CpuLoops() {
    }

    /** {@code for (int i = first; i REL limit; i += step)}. */
    public static <C extends IntChunk<C>> C forInt(LoopSite site, int first, int limit, int step, C prototype) {
        return forInt(site, first, limit, step, prototype, null, null);
    }

    /**
     * Like {@link #forInt(LoopSite, int, int, int, IntChunk)}, after checking that no array in {@code written}
     * is the same object as another written or read array (see {@link ArrayOverlap}).
     */
    public static <C extends IntChunk<C>> C forInt(LoopSite site, int first, int limit, int step, C prototype,
                                                   Object[] written, Object[] read) {
        Objects.requireNonNull(prototype, "prototype");
        long trips = Trips.count(site, 0, first, limit, step, Integer.MIN_VALUE, Integer.MAX_VALUE);
        if (trips == 0) {
            return prototype;
        }
        if (trips == Trips.UNCOUNTED) {
            return sequentially(prototype, () -> prototype.run(first, limit));
        }
        int threads = threadsFor(site, trips, written, read);
        BlockPlan plan = threads == 1 ? null : BlockPlan.of(site.schedule(), site.chunk(), trips, threads);
        if (plan == null || plan.units() == 1) {
            LoopStats stats = site.stats();
            boolean timed = stats.timeInlineRun();
            long begin = timed ? System.nanoTime() : 0;
            try {
                prototype.run(first, (int) Trips.to(site.relation(0), first, step, trips));
            } catch (Exception e) {
                throw Sneaky.rethrow(e);
            }
            ranInline(stats, trips, timed, begin);
            return prototype;
        }
        return new IntJob<>(prototype, plan, site.relation(0), first, step).invoke(site, trips, threads);
    }

    /** {@code for (long i = first; i REL limit; i += step)}. */
    public static <C extends LongChunk<C>> C forLong(LoopSite site, long first, long limit, long step, C prototype) {
        return forLong(site, first, limit, step, prototype, null, null);
    }

    /** Like {@link #forLong(LoopSite, long, long, long, LongChunk)}, after the overlap check. */
    public static <C extends LongChunk<C>> C forLong(LoopSite site, long first, long limit, long step, C prototype,
                                                     Object[] written, Object[] read) {
        Objects.requireNonNull(prototype, "prototype");
        long trips = Trips.count(site, 0, first, limit, step, Long.MIN_VALUE, Long.MAX_VALUE);
        if (trips == 0) {
            return prototype;
        }
        if (trips == Trips.UNCOUNTED) {
            return sequentially(prototype, () -> prototype.run(first, limit));
        }
        int threads = threadsFor(site, trips, written, read);
        BlockPlan plan = threads == 1 ? null : BlockPlan.of(site.schedule(), site.chunk(), trips, threads);
        if (plan == null || plan.units() == 1) {
            LoopStats stats = site.stats();
            boolean timed = stats.timeInlineRun();
            long begin = timed ? System.nanoTime() : 0;
            try {
                prototype.run(first, Trips.to(site.relation(0), first, step, trips));
            } catch (Exception e) {
                throw Sneaky.rethrow(e);
            }
            ranInline(stats, trips, timed, begin);
            return prototype;
        }
        return new LongJob<>(prototype, plan, site.relation(0), first, step).invoke(site, trips, threads);
    }

    /**
     * {@code for (int i = first1; i REL1 limit1; i += step1) for (int j = first2; j REL2 limit2; j += step2)}
     * collapsed into one iteration space of rows times inner iterations.
     */
    public static <C extends Int2Chunk<C>> C forInt2(LoopSite site, int first1, int limit1, int step1,
                                                     int first2, int limit2, int step2, C prototype) {
        return forInt2(site, first1, limit1, step1, first2, limit2, step2, prototype, null, null);
    }

    /** Like {@link #forInt2(LoopSite, int, int, int, int, int, int, Int2Chunk)}, after the overlap check. */
    public static <C extends Int2Chunk<C>> C forInt2(LoopSite site, int first1, int limit1, int step1,
                                                     int first2, int limit2, int step2, C prototype,
                                                     Object[] written, Object[] read) {
        Objects.requireNonNull(prototype, "prototype");
        if (site.depth() != 2) {
            throw new IllegalArgumentException("jpar: " + site + ": a collapsed loop needs a site with two "
                    + "relations, this one has " + site.depth());
        }
        long rows = Trips.count(site, 0, first1, limit1, step1, Integer.MIN_VALUE, Integer.MAX_VALUE);
        long inner = Trips.count(site, 1, first2, limit2, step2, Integer.MIN_VALUE, Integer.MAX_VALUE);
        long trips = Trips.collapsed(rows, inner);
        if (trips == 0) {
            return prototype;
        }
        if (trips == Trips.UNCOUNTED) {
            // the nest as written: row by row with Java's int arithmetic, each row's inner loop whole
            Relation outer = site.relation(0);
            return sequentially(prototype, () -> {
                for (int i = first1; outer.holds(i, limit1); i += step1) {
                    prototype.run(i, first2, limit2);
                }
            });
        }
        int threads = threadsFor(site, trips, written, read);
        BlockPlan plan = threads == 1 ? null : BlockPlan.of(site.schedule(), site.chunk(), trips, threads);
        if (plan == null || plan.units() == 1) {
            LoopStats stats = site.stats();
            boolean timed = stats.timeInlineRun();
            long begin = timed ? System.nanoTime() : 0;
            try {
                Int2Job.runRows(prototype, 0, trips, site.relation(1), first1, step1, first2, step2, inner);
            } catch (Exception e) {
                throw Sneaky.rethrow(e);
            }
            ranInline(stats, trips, timed, begin);
            return prototype;
        }
        return new Int2Job<>(prototype, plan, site.relation(1), first1, step1, first2, step2, inner)
                .invoke(site, trips, threads);
    }

    /** The work of an uncounted loop. */
    @FunctionalInterface
    private interface Body {
        void run() throws Exception;
    }

    /** Runs a loop whose trips cannot be counted as its sequential form, on this thread, like an inline run. */
    private static <C> C sequentially(C prototype, Body body) {
        try {
            body.run();
        } catch (Exception e) {
            throw Sneaky.rethrow(e);
        }
        return prototype;
    }

    /** Threads for this call; 1 runs it inline. The cheap tests come first: a tiny loop pays only for them. */
    private static int threadsFor(LoopSite site, long trips, Object[] written, Object[] read) {
        if (trips < 2 || site.stats().cheaperThan(trips, INLINE_BELOW_NANOS)) {
            return 1;
        }
        if (written != null) {
            String overlap = ArrayOverlap.find(site, written, read);
            if (overlap != null) {
                Fallback.report(site, "arrays passed to the loop overlap (" + overlap + ")", "ran it sequentially");
                return 1;
            }
        }
        if (InlineContext.active() || CpuPool.isWorker(Thread.currentThread())) {
            return 1;
        }
        return Config.threads(site);
    }

    /** Counts an inline run (chunk 0 on the calling thread, all iterations) and, when timed, its time. */
    private static void ranInline(LoopStats stats, long trips, boolean timed, long begin) {
        if (timed) {
            stats.inlineRan(trips, System.nanoTime() - begin);
        } else {
            stats.inlineRan(trips);
        }
    }
}
