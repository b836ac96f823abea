package io.jpar.runtime.gpu;

import io.jpar.runtime.ArrayOverlap;
import io.jpar.runtime.Fallback;
import io.jpar.runtime.InlineContext;
import io.jpar.runtime.LoopSite;
import io.jpar.runtime.cpu.CpuLoops;
import io.jpar.runtime.cpu.Trips;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What generated code calls for a loop with {@code target = GPU}: runs the loop's kernel on the process's
 * OpenCL device over the loop's iterations and returns the prototype, its reductions combined with the
 * device's partials (see docs/ARCHITECTURE.md, "Generated code for the GPU target").
 *
 * <p>The iteration space is that of {@link CpuLoops} (a loop whose trips cannot be counted runs there as the
 * sequential loop); a loop without iterations returns the prototype untouched and starts nothing. Every other call runs on the device, however small (no
 * size-based inline rule: a loop's floating results then do not depend on its size), except:
 * <ul>
 *   <li>inside {@link io.jpar.runtime.Jpar#sequential} or a CPU parallel body on the calling thread: the
 *       chunk runs inline on the caller, as every nested jpar loop does;
 *   <li>arrays passed to the overlap check overlap: one warning, then the loop runs sequentially on the CPU;
 *   <li>no OpenCL library, platform or device, a kernel that needs double precision on a device without it,
 *       a null array, storage shared between rows of a written 2-D array, an array larger than the device
 *       allows: one warning line per loop ({@link Fallback}), then the chunk runs with {@link CpuLoops}.
 * </ul>
 * {@code jpar.fallback=error} turns those warnings into an {@link IllegalStateException}. A kernel that fails
 * on the device is a {@link GpuException} naming the kernel and the OpenCL error, never a wrong result; one
 * whose work-item flagged what Java would throw ({@code jpar_fault}: a division by zero, an index out of bounds)
 * copies nothing back and runs again as the sequential loop on the CPU ({@link KernelFault}): the same writes,
 * the same exception from the user's line. Launches are serialized on the process's one queue, so GPU loops may
 * be started from any thread.
 */
public final class GpuLoops {

    private GpuLoops() {
    }

    /** {@code for (int i = first; i REL limit; i += step)} on the device. */
    public static <C extends GpuIntChunk<C>> C forInt(LoopSite site, Kernel kernel, int first, int limit, int step,
                                                      C prototype) {
        return forInt(site, kernel, first, limit, step, prototype, null, null);
    }

    /**
     * Like {@link #forInt(LoopSite, Kernel, int, int, int, GpuIntChunk)}, after checking that no array in
     * {@code written} is the same object as another written or read array (see {@link ArrayOverlap}).
     */
    public static <C extends GpuIntChunk<C>> C forInt(LoopSite site, Kernel kernel, int first, int limit, int step,
                                                      C prototype, Object[] written, Object[] read) {
        Objects.requireNonNull(prototype, "prototype");
        long trips = Trips.count(site, 0, first, limit, step, Integer.MIN_VALUE, Integer.MAX_VALUE);
        if (trips == 0) {
            return prototype;
        }
        if (trips == Trips.UNCOUNTED) {
            return CpuLoops.forInt(site, first, limit, step, prototype, written, read);
        }
        return run(site, kernel, Bounds.ofInt(trips, first, step), prototype, prototype::bind, written, read,
                () -> CpuLoops.forInt(site, first, limit, step, prototype, written, read));
    }

    /** {@code for (long i = first; i REL limit; i += step)} on the device. */
    public static <C extends GpuLongChunk<C>> C forLong(LoopSite site, Kernel kernel, long first, long limit,
                                                        long step, C prototype) {
        return forLong(site, kernel, first, limit, step, prototype, null, null);
    }

    /** Like {@link #forLong(LoopSite, Kernel, long, long, long, GpuLongChunk)}, after the overlap check. */
    public static <C extends GpuLongChunk<C>> C forLong(LoopSite site, Kernel kernel, long first, long limit,
                                                        long step, C prototype, Object[] written, Object[] read) {
        Objects.requireNonNull(prototype, "prototype");
        long trips = Trips.count(site, 0, first, limit, step, Long.MIN_VALUE, Long.MAX_VALUE);
        if (trips == 0) {
            return prototype;
        }
        if (trips == Trips.UNCOUNTED) {
            return CpuLoops.forLong(site, first, limit, step, prototype, written, read);
        }
        return run(site, kernel, Bounds.ofLong(trips, first, step), prototype, prototype::bind, written, read,
                () -> CpuLoops.forLong(site, first, limit, step, prototype, written, read));
    }

    /** Two collapsed {@code int} loops ({@code collapse = 2}) on the device, as a 2-D range (dimension 0 inner). */
    public static <C extends GpuInt2Chunk<C>> C forInt2(LoopSite site, Kernel kernel, int first1, int limit1,
                                                        int step1, int first2, int limit2, int step2, C prototype) {
        return forInt2(site, kernel, first1, limit1, step1, first2, limit2, step2, prototype, null, null);
    }

    /** Like {@link #forInt2(LoopSite, Kernel, int, int, int, int, int, int, GpuInt2Chunk)}, after the overlap check. */
    public static <C extends GpuInt2Chunk<C>> C forInt2(LoopSite site, Kernel kernel, int first1, int limit1,
                                                        int step1, int first2, int limit2, int step2, C prototype,
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
            // not countable: the sequential nest, as CpuLoops runs it
            return CpuLoops.forInt2(site, first1, limit1, step1, first2, limit2, step2, prototype, written, read);
        }
        return run(site, kernel, Bounds.ofInt2(rows, first1, step1, inner, first2, step2), prototype,
                prototype::bind, written, read,
                () -> CpuLoops.forInt2(site, first1, limit1, step1, first2, limit2, step2, prototype, written, read));
    }

    /** The device run of any loop, with every way back to the CPU. */
    private static <C> C run(LoopSite site, Kernel kernel, Bounds bounds, C prototype,
                             Consumer<KernelArgs> bind, Object[] written, Object[] read,
                             Supplier<C> onCpu) {
        Objects.requireNonNull(kernel, "kernel");
        if (InlineContext.active()) {
            return onCpu.get();
        }
        if (written != null) {
            String overlap = ArrayOverlap.find(written, read, site.writtenNames(), site.readNames());
            if (overlap != null) {
                Fallback.report(site, "arrays passed to the loop overlap (" + overlap + ")",
                        "ran it sequentially on the CPU");
                return sequentially(onCpu);
            }
        }
        long begin = System.nanoTime();
        String context = site + " (kernel " + kernel.name() + ")";
        try {
            GpuContext gpu = GpuContext.get();
            KernelArgs args = new KernelArgs(context);
            bind.accept(args);
            LaunchShape shape = Launch.run(gpu, context, kernel, bounds, args);
            args.startResults();
            bind.accept(args);
            args.checkAllResultsTaken();
            long wall = System.nanoTime() - begin;
            long workItems = shape.groupSize() * shape.groupCount();
            site.stats().parallelRan(bounds.trips(), (int) Math.min(Integer.MAX_VALUE, workItems),
                    shape.groupCount(), wall, wall);
            return prototype;
        } catch (KernelFault fault) {
            return sequentiallyAfter(fault, site, onCpu);
        } catch (GpuUnavailable e) {
            Fallback.report(site, e.getMessage(), "ran it on the CPU");
            return onCpu.get();
        } catch (LinkageError e) {
            Fallback.report(site, "the OpenCL binding could not be loaded (" + e + ")", "ran it on the CPU");
            return onCpu.get();
        }
    }

    /**
     * The loop again, as the sequential loop on this thread: it throws the exception of the earliest failing
     * iteration from the user's line, after that iteration's predecessors wrote what they write. A rerun that
     * does not throw means the kernel flagged what Java does not throw: a jpar bug, said once, with Java's result.
     */
    private static <C> C sequentiallyAfter(KernelFault fault, LoopSite site, Supplier<C> onCpu) {
        C result = sequentially(onCpu);
        Fallback.report(site, "jpar bug: the kernel reported " + fault.getMessage() + ", which the loop does not "
                + "throw in Java; please report it", "used the result of the loop run on the CPU");
        return result;
    }

    /** The loop on the CPU as the sequential loop: inline on this thread, nested loops too. */
    private static <C> C sequentially(Supplier<C> onCpu) {
        InlineContext.enter();
        try {
            return onCpu.get();
        } finally {
            InlineContext.exit();
        }
    }
}
