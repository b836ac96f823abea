package io.jpar.runtime.cluster;

import io.jpar.runtime.Relation;
import io.jpar.runtime.cpu.Trips;

/**
 * The iteration space of one cluster call and its split into {@code blocks} blocks of trips (rows under
 * {@code collapse = 2}, each run over the whole inner loop), sizes differing by at most one, numbered in iteration
 * order; block b runs on rank {@code b % ranks}. Two ways, chosen by rank 0 and sent with the call:
 * <ul>
 *   <li>contiguous ({@code blocks == ranks}): one block per rank, rank 0 first; the only way when arrays are
 *       scattered or gathered (each rank's elements lie together);
 *   <li>dealt ({@code blocks} a multiple of {@code ranks}, at least two per rank): each rank gets blocks spread
 *       over the whole space, so a loop whose cost grows with the index no longer leaves most of the work to the
 *       last rank.
 * </ul>
 * The lowest failed block number is the earliest failed iteration.
 */
final class Space {

    static final int INT = 0;
    static final int LONG = 1;
    static final int INT2 = 2;

    /** Blocks per rank the dealt way aims at: enough to even out a cost that grows with the index. */
    static final int BLOCKS_PER_RANK = 8;
    /** The fewest iterations of a dealt block (rows times inner trips under collapse): each costs a CpuLoops call. */
    static final long MIN_BLOCK_ITERATIONS = 64;

    final int shape;
    final long first;
    final long step;
    final long trips;
    final long first2;
    final long limit2;
    final long step2;
    final int ranks;
    final long blocks;

    Space(int shape, long first, long step, long trips, long first2, long limit2, long step2, int ranks) {
        this(shape, first, step, trips, first2, limit2, step2, ranks, ranks);
    }

    private Space(int shape, long first, long step, long trips, long first2, long limit2, long step2, int ranks,
                  long blocks) {
        this.shape = shape;
        this.first = first;
        this.step = step;
        this.trips = trips;
        this.first2 = first2;
        this.limit2 = limit2;
        this.step2 = step2;
        this.ranks = ranks;
        this.blocks = blocks;
    }

    /**
     * This space dealt: {@link #BLOCKS_PER_RANK} blocks per rank, fewer where a block would have less than
     * {@link #MIN_BLOCK_ITERATIONS} iterations ({@code perTrip} per trip); itself (contiguous) when a rank would
     * get fewer than two blocks. The blocks per rank are equal, so each rank gets the same number of trips, +-1
     * per block.
     */
    Space dealt(long perTrip) {
        long minTrips = Math.max(1, ceilDiv(MIN_BLOCK_ITERATIONS, Math.max(1, perTrip)));
        long perRank = Math.min(BLOCKS_PER_RANK, trips / ranks / minTrips);
        if (perRank < 2) {
            return this;
        }
        return new Space(shape, first, step, trips, first2, limit2, step2, ranks, perRank * ranks);
    }

    void write(Pack p) {
        p.putByte(shape).putLong(first).putLong(step).putLong(trips).putLong(blocks);
        if (shape == INT2) {
            p.putLong(first2).putLong(limit2).putLong(step2);
        }
    }

    static Space read(Pack p, int ranks) {
        int shape = p.getByte();
        long first = p.getLong();
        long step = p.getLong();
        long trips = p.getLong();
        long blocks = p.getLong();
        if (shape == INT2) {
            return new Space(shape, first, step, trips, p.getLong(), p.getLong(), p.getLong(), ranks, blocks);
        }
        return new Space(shape, first, step, trips, 0, 0, 0, ranks, blocks);
    }

    /** Whether the blocks are dealt (several per rank) rather than one contiguous block per rank. */
    boolean isDealt() {
        return blocks > ranks;
    }

    /** How many blocks each rank runs. */
    long blocksPerRank() {
        return blocks / ranks;
    }

    /** The number of rank r's k-th block (0-based k). */
    long blockNumber(int r, long k) {
        return r + k * ranks;
    }

    /** The first trip of block b. */
    long blockStart(long b) {
        long base = trips / blocks;
        long extra = trips % blocks;
        return b * base + Math.min(b, extra);
    }

    /** The first trip past block b. */
    long blockEnd(long b) {
        return blockStart(b + 1);
    }

    /** The index value of trip t. */
    long indexOf(long t) {
        return first + t * step;
    }

    /** The limit that makes {@code i REL limit} hold exactly up to (not including) trip {@code end}. */
    long limitAt(long end, Relation relation) {
        return Trips.to(relation, first, step, end);
    }

    /** The first trip (0-based iteration, or row under collapse) of rank r's block (contiguous way). */
    long start(int r) {
        return blockStart(r);
    }

    /** The first trip past rank r's block (contiguous way). */
    long end(int r) {
        return blockEnd(r);
    }

    /**
     * Whether each rank's elements of an array indexed {@code scale * i + offset + c}, {@code 0 <= c < width}, lie
     * next to each other (lanes are moved as the one run that holds them).
     */
    boolean contiguous(int scale, int width) {
        return width > 1 || Math.abs((long) scale * step) <= 1;
    }

    /**
     * The elements of an array of {@code length} that rank r's block touches at {@code scale * i + offset + c},
     * {@code 0 <= c < width}, within the array (indices outside it are left to the body, which fails there as the
     * sequential loop would): {@code {first, stride, count}} in ascending order. Lanes ({@code width > 1}) give the
     * one run from the block's first lane to its last, gaps between lanes included (the planner moves lanes only
     * when no two iterations' lanes overlap, and scatters before gathering when gaps must come back as they were).
     * Contiguous blocks only (arrays by block never go dealt).
     */
    long[] span(int r, int length, int scale, int offset, int width) {
        long t0 = start(r);
        long t1 = end(r);
        if (t1 <= t0 || length <= 0) {
            return new long[] {0, 1, 0};
        }
        long e0 = element(t0, scale, offset);
        long eLast = element(t1 - 1, scale, offset);
        long stride = Math.abs((long) scale * step);
        if (width > 1) {
            long lo = Math.max(0, Math.min(e0, eLast));
            long hi = Math.min(length - 1L, Math.max(e0, eLast) + width - 1);
            return hi < lo ? new long[] {0, 1, 0} : new long[] {lo, 1, hi - lo + 1};
        }
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
