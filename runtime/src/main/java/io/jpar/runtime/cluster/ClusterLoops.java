package io.jpar.runtime.cluster;

import io.jpar.runtime.ArrayOverlap;
import io.jpar.runtime.Fallback;
import io.jpar.runtime.InlineContext;
import io.jpar.runtime.LoopSite;
import io.jpar.runtime.cpu.CpuLoops;
import io.jpar.runtime.cpu.Trips;

import java.util.Objects;

/**
 * What generated code calls for a loop with {@code target = CLUSTER}. Same parameters and results as
 * {@link CpuLoops}. In a cluster job, on rank 0, the iterations (rows under {@code collapse = 2}) are cut into
 * one contiguous block per rank, rank 0 first, when arrays move by block (scatter, gather), else dealt to the
 * ranks in several blocks each ({@link Space}); each rank runs its blocks with {@link CpuLoops} (threads inside
 * each rank), and the ranks' partials are merged into the prototype in rank order, so a fixed rank count gives the
 * same result every run and one rank gives the sequential one. The exception of the earliest failed block (in
 * iteration order) reaches the caller with its own type.
 *
 * <p>The loop runs with {@link CpuLoops} on this JVM instead:
 * <ul>
 *   <li>when the program was not started as a cluster job: after one warning line per loop (the fallback rule;
 *       {@code jpar.fallback=error} makes it an exception);
 *   <li>silently, where that is the right thing: a job of one rank; a loop started inside a parallel body (of
 *       any target) or inside {@link io.jpar.runtime.Jpar#sequential}; a loop on a rank other than 0 (inside
 *       a block); arrays that overlap (then {@link CpuLoops} warns and runs it sequentially).
 * </ul>
 */
public final class ClusterLoops {

    private static final String NOT_A_JOB = "not started as a cluster job (start it with the jpar launcher: "
            + "mvn jpar:run -Djpar.np=N, or java -jar jpar-launcher.jar -np N ...)";
    private static final String INSTEAD = "ran it with the CPU target on this JVM";

    private ClusterLoops() {
    }

    /** {@code for (int i = first; i REL limit; i += step)}. */
    public static <C extends ClusterIntChunk<C>> C forInt(LoopSite site, int first, int limit, int step,
                                                          C prototype) {
        return forInt(site, first, limit, step, prototype, null, null);
    }

    /** Like {@link #forInt(LoopSite, int, int, int, ClusterIntChunk)}, after the overlap check. */
    public static <C extends ClusterIntChunk<C>> C forInt(LoopSite site, int first, int limit, int step,
                                                          C prototype, Object[] written, Object[] read) {
        Objects.requireNonNull(prototype, "prototype");
        Transport t = transportFor(site, written, read);
        long trips = t == null ? -1 : Trips.count(site, 0, first, limit, step, Integer.MIN_VALUE, Integer.MAX_VALUE);
        if (trips < 0) {
            return CpuLoops.forInt(site, first, limit, step, prototype, written, read);
        }
        return call(t, site, new Space(Space.INT, first, step, trips, 0, 0, 0, t.size()), 1, prototype);
    }

    /** {@code for (long i = first; i REL limit; i += step)}. */
    public static <C extends ClusterLongChunk<C>> C forLong(LoopSite site, long first, long limit, long step,
                                                            C prototype) {
        return forLong(site, first, limit, step, prototype, null, null);
    }

    /** Like {@link #forLong(LoopSite, long, long, long, ClusterLongChunk)}, after the overlap check. */
    public static <C extends ClusterLongChunk<C>> C forLong(LoopSite site, long first, long limit, long step,
                                                            C prototype, Object[] written, Object[] read) {
        Objects.requireNonNull(prototype, "prototype");
        Transport t = transportFor(site, written, read);
        long trips = t == null ? -1 : Trips.count(site, 0, first, limit, step, Long.MIN_VALUE, Long.MAX_VALUE);
        if (trips < 0) {
            return CpuLoops.forLong(site, first, limit, step, prototype, written, read);
        }
        return call(t, site, new Space(Space.LONG, first, step, trips, 0, 0, 0, t.size()), 1, prototype);
    }

    /** Two collapsed {@code int} loops; the rows (outer indices) are split between the ranks. */
    public static <C extends ClusterInt2Chunk<C>> C forInt2(LoopSite site, int first1, int limit1, int step1,
                                                            int first2, int limit2, int step2, C prototype) {
        return forInt2(site, first1, limit1, step1, first2, limit2, step2, prototype, null, null);
    }

    /** Like {@link #forInt2(LoopSite, int, int, int, int, int, int, ClusterInt2Chunk)}, after the overlap check. */
    public static <C extends ClusterInt2Chunk<C>> C forInt2(LoopSite site, int first1, int limit1, int step1,
                                                            int first2, int limit2, int step2, C prototype,
                                                            Object[] written, Object[] read) {
        Objects.requireNonNull(prototype, "prototype");
        Transport t = site.depth() == 2 ? transportFor(site, written, read) : null;
        long rows = t == null ? -1 : Trips.count(site, 0, first1, limit1, step1, Integer.MIN_VALUE, Integer.MAX_VALUE);
        long inner = rows < 0 ? -1 : Trips.count(site, 1, first2, limit2, step2, Integer.MIN_VALUE, Integer.MAX_VALUE);
        if (Trips.collapsed(rows, inner) == Trips.UNCOUNTED) {
            return CpuLoops.forInt2(site, first1, limit1, step1, first2, limit2, step2, prototype, written, read);
        }
        return call(t, site, new Space(Space.INT2, first1, step1, rows, first2, limit2, step2, t.size()), inner,
                prototype);
    }

    /** The job's transport when this call is to be spread over the ranks; null to run it with CpuLoops here. */
    private static Transport transportFor(LoopSite site, Object[] written, Object[] read) {
        Transport t = ClusterJob.current();
        if (t == null) {
            if (!ClusterJob.stopped()) {
                Fallback.report(site, NOT_A_JOB, INSTEAD);
            }
            return null;
        }
        if (t.size() == 1 || t.rank() != 0 || InlineContext.active() || ClusterJob.CALLS.isHeldByCurrentThread()
                || onCpuPoolThread()) {
            return null;
        }
        if (written != null && ArrayOverlap.find(written, read) != null) {
            return null;
        }
        return t;
    }

    /** A thread of jpar's CPU pool runs a parallel body: a loop started there runs inline. */
    private static boolean onCpuPoolThread() {
        return Thread.currentThread().getClass().getName().equals("io.jpar.runtime.cpu.CpuPool$Worker");
    }

    private static <C> C call(Transport t, LoopSite site, Space space, long perTrip, C prototype) {
        if (space.trips == 0) {
            return prototype;
        }
        ClusterJob.CALLS.lock();
        try {
            return Rank0Call.run(t, site, space, perTrip, prototype);
        } finally {
            ClusterJob.CALLS.unlock();
        }
    }

}
