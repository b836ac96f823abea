package io.jpar.runtime.cluster;

import io.jpar.runtime.Relation;

/**
 * The iteration space of one cluster call and its split into one contiguous block per rank, rank 0 first. Under
 * {@code collapse = 2} the rows (outer indices) are split and each rank runs its rows over the whole inner loop.
 */
final class Space {

    static final int INT = 0;
    static final int LONG = 1;
    static final int INT2 = 2;

    final int shape;
    final long first;
    final long step;
    final long trips;
    final long first2;
    final long limit2;
    final long step2;
    final int ranks;

    Space(int shape, long first, long step, long trips, long first2, long limit2, long step2, int ranks) {
        this.shape = shape;
        this.first = first;
        this.step = step;
        this.trips = trips;
        this.first2 = first2;
        this.limit2 = limit2;
        this.step2 = step2;
        this.ranks = ranks;
    }

    void write(Pack p) {
        p.putByte(shape).putLong(first).putLong(step).putLong(trips);
        if (shape == INT2) {
            p.putLong(first2).putLong(limit2).putLong(step2);
        }
    }

    static Space read(Pack p, int ranks) {
        int shape = p.getByte();
        long first = p.getLong();
        long step = p.getLong();
        long trips = p.getLong();
        if (shape == INT2) {
            return new Space(shape, first, step, trips, p.getLong(), p.getLong(), p.getLong(), ranks);
        }
        return new Space(shape, first, step, trips, 0, 0, 0, ranks);
    }

    /** The first trip (0-based iteration, or row under collapse) of rank r's block. */
    long start(int r) {
        long base = trips / ranks;
        long extra = trips % ranks;
        return r * base + Math.min(r, extra);
    }

    /** The first trip past rank r's block. */
    long end(int r) {
        return start(r + 1);
    }

    /** The index value of rank r's first iteration. */
    long firstOf(int r) {
        return first + start(r) * step;
    }

    /** The limit that makes {@code i REL limit} hold exactly over rank r's block. */
    long limitOf(int r, Relation relation) {
        long end = end(r);
        return relation.isStrict() ? first + end * step : first + (end - 1) * step;
    }

    /** Whether each rank's elements of an array indexed {@code scale * i + offset} lie next to each other. */
    boolean contiguous(int scale) {
        return Math.abs((long) scale * step) <= 1;
    }

    /**
     * The elements of an array of {@code length} that rank r's block touches at {@code scale * i + offset}, within
     * the array (indices outside it are left to the body, which fails there as the sequential loop would):
     * {@code {first, stride, count}} in ascending order.
     */
    long[] span(int r, int length, int scale, int offset) {
        long t0 = start(r);
        long t1 = end(r);
        if (t1 <= t0 || length <= 0) {
            return new long[] {0, 1, 0};
        }
        long e0 = element(t0, scale, offset);
        long eLast = element(t1 - 1, scale, offset);
        long stride = Math.abs((long) scale * step);
        if (stride == 0) {
            return new long[] {e0, 1, e0 >= 0 && e0 < length ? 1 : 0};
        }
        long lo = Math.min(e0, eLast);
        long hi = Math.max(e0, eLast);
        long k = t1 - t0;
        long kMin = lo >= 0 ? 0 : ceilDiv(-lo, stride);
        long kMax = hi < length ? k - 1 : Math.floorDiv(length - 1 - lo, stride);
        long count = Math.max(0, kMax - kMin + 1);
        return new long[] {count == 0 ? 0 : lo + kMin * stride, count <= 1 ? 1 : stride, count};
    }

    private long element(long t, int scale, long offset) {
        return Math.addExact(Math.multiplyExact((long) scale, first + t * step), offset);
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }
}
