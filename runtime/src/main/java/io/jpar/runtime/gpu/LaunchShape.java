package io.jpar.runtime.gpu;

/**
 * The NDRange of a launch: {@code groups[d]} work-groups of {@code local[d]} work-items in each dimension, one
 * dimension for a loop, two for {@code collapse = 2} (dimension 0 the inner loop, dimension 1 the outer). The
 * work-items of a group are a power of two (the reductions' tree in local memory). Kernels loop over the
 * iterations grid-stride, so the range need not cover the trip count.
 *
 * <p>On a GPU it is a few groups of 256 per compute unit: enough to fill it; each work-item then takes every
 * global-size-th iteration, which neighbouring work-items make contiguous. A CPU device runs a group's
 * work-items one after the other, so a long stride walks memory a page at a time. Measured on PoCL (2 cores,
 * 10M elements): increments took 390 ms grid-stride over 8 groups of 256 and 7.6 ms with one iteration per
 * work-item; a sum took 190-280 ms with one iteration per work-item (the tree in local memory costs per group)
 * and 14.5 ms with one work-item per compute unit (stride 2). So on a CPU device a loop without reductions
 * covers its trips (up to {@value #MAX_CPU_GROUPS} groups), and one with reductions runs one work-item per
 * compute unit. Either way the shape is fixed for a device and trip count, so a reduction's partials (and its
 * floating result) are the same on every run.
 */
record LaunchShape(long[] local, long[] groups) {

    /** Work-items per group at most: enough for any GPU's warps or wavefronts, within every device's limit. */
    static final long MAX_LOCAL = 256;

    /** Groups at most on a CPU device: 2^20 x 256 iterations before work-items take more than one. */
    static final long MAX_CPU_GROUPS = 1 << 20;

    int dimensions() {
        return local.length;
    }

    long[] global() {
        long[] global = new long[local.length];
        for (int d = 0; d < global.length; d++) {
            global[d] = local[d] * groups[d];
        }
        return global;
    }

    /** Work-items per group. */
    long groupSize() {
        long size = 1;
        for (long l : local) {
            size *= l;
        }
        return size;
    }

    /** Work-groups in all: the number of partials of each reduction. */
    long groupCount() {
        long count = 1;
        for (long g : groups) {
            count *= g;
        }
        return count;
    }

    /** {@code 8 x 256} or {@code 4x2 x 16x16}: groups by work-items, for messages. */
    String describe() {
        return join(groups) + " group(s) of " + join(local);
    }

    private static String join(long[] values) {
        return values.length == 1 ? Long.toString(values[0]) : values[0] + "x" + values[1];
    }

    /**
     * @param kernelMaxLocal      the kernel's own limit ({@code CL_KERNEL_WORK_GROUP_SIZE})
     * @param scratchBytesPerItem local memory per work-item for the reductions (0 without reductions)
     */
    static LaunchShape of(DeviceInfo device, long kernelMaxLocal, Bounds bounds, long scratchBytesPerItem) {
        long cap = Long.highestOneBit(Math.max(1, Math.min(MAX_LOCAL,
                Math.min(device.maxWorkGroupSize(), kernelMaxLocal))));
        while (cap > 1 && cap * scratchBytesPerItem > device.localMemBytes() / 2) {
            cap >>= 1;
        }
        long[] v = bounds.values();
        long units = Math.max(1, device.computeUnits());
        if (device.kind() == DeviceInfo.Kind.CPU && scratchBytesPerItem > 0) {
            return v.length == 3 ? new LaunchShape(new long[] {1}, new long[] {Math.min(units, v[0])})
                    : new LaunchShape(new long[] {1, 1}, new long[] {Math.min(units, v[3]), 1});
        }
        // A GPU needs several groups per compute unit to hide memory latency; a CPU device, see above.
        long wanted = device.kind() == DeviceInfo.Kind.CPU ? MAX_CPU_GROUPS : units * 8;
        if (v.length == 3) {
            long local = Math.min(cap, atLeast(v[0]));
            return new LaunchShape(new long[] {local}, new long[] {Math.min(wanted, ceilDiv(v[0], local))});
        }
        long rows = v[0];
        long inner = v[3];
        long local0 = Math.min(cap, atLeast(inner));
        long local1 = Math.min(cap / local0, atLeast(rows));
        long groups0 = Math.min(wanted, ceilDiv(inner, local0));
        long groups1 = Math.min(Math.max(1, wanted / groups0), ceilDiv(rows, local1));
        return new LaunchShape(new long[] {local0, local1}, new long[] {groups0, groups1});
    }

    /** The smallest power of two that is at least {@code n} (n >= 1). */
    private static long atLeast(long n) {
        return n <= 1 ? 1 : Long.highestOneBit(n - 1) << 1;
    }

    private static long ceilDiv(long a, long b) {
        return a / b + (a % b == 0 ? 0 : 1);
    }
}
