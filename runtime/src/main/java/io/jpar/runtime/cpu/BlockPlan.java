package io.jpar.runtime.cpu;

import io.jpar.Schedule;

import java.util.Arrays;

/**
 * How one call's iterations {@code 0 .. trips-1} (counted from the loop's first index) are cut into blocks
 * and dealt out. The cuts depend only on the trip count, the schedule, the chunk and the thread count, never
 * on timing, so the ordered merge of the blocks' partials gives the same result on every run.
 *
 * <ul>
 *   <li>STATIC: one equal block per thread; with a chunk, blocks of that size dealt round-robin: thread
 *       slot {@code s} runs blocks {@code s, s+T, s+2T, ...}. Slots, not threads, own blocks: whichever
 *       thread arrives first takes the next free slot, so a helper thread that starts late delays nothing.
 *   <li>DYNAMIC: threads take the next block from a shared counter; blocks of the chunk, or without one
 *       {@value #DYNAMIC_BLOCKS_PER_THREAD} equal blocks per thread.
 *   <li>GUIDED: blocks of {@code max(remaining / (2T), chunk)} taken from a shared counter.
 *   <li>AUTO: dynamic, {@value #AUTO_BLOCKS_PER_THREAD} equal blocks per thread. For uniform work this
 *       costs one atomic increment, one partial and one merge per block more than STATIC (nothing next to a
 *       block of microseconds), and wins whenever a thread starts late or is preempted; for uneven work (primes,
 *       triangles) it keeps every thread busy to within one block. Measured on 2 cores, sum of primes below
 *       3,000,000: 8 blocks per thread ran at 0.95x a hand-written ForkJoin version, 16 at 0.99x, 32 no
 *       better. The price is paid by array reductions, whose partials are copies of the array: STATIC
 *       (one block per thread) suits a loop that reduces into a large array.
 * </ul>
 *
 * <p>Every block gets its own partial, merged in order, so the number of blocks is bounded by
 * {@value #MAX_BLOCKS}: a chunk so small that it would give more blocks is enlarged to
 * {@code ceil(trips / MAX_BLOCKS)}.
 */
final class BlockPlan {

    static final int AUTO_BLOCKS_PER_THREAD = 16;
    static final int DYNAMIC_BLOCKS_PER_THREAD = 16;
    static final int MAX_BLOCKS = 1 << 16;

    private enum Cut { EQUAL, FIXED, LISTED }

    private final Cut cut;
    private final long trips;
    private final int blocks;
    /** STATIC: how many slots own blocks round-robin; 0: blocks are claimed one by one. */
    private final int slots;
    /** EQUAL: the smaller block size; FIXED: the block size. */
    private final long size;
    /** EQUAL: how many leading blocks are one larger. */
    private final long larger;
    /** LISTED: where each block starts, then {@code trips}. */
    private final long[] starts;

    private BlockPlan(Cut cut, long trips, int blocks, int slots, long size, long larger, long[] starts) {
        this.cut = cut;
        this.trips = trips;
        this.blocks = blocks;
        this.slots = slots;
        this.size = size;
        this.larger = larger;
        this.starts = starts;
    }

    /** The plan for {@code trips >= 1} iterations on {@code threads >= 1} threads. */
    static BlockPlan of(Schedule schedule, int chunk, long trips, int threads) {
        switch (schedule) {
            case STATIC:
                if (chunk == 0) {
                    BlockPlan equal = equal(trips, threads);
                    return new BlockPlan(Cut.EQUAL, trips, equal.blocks, equal.blocks, equal.size, equal.larger, null);
                }
                BlockPlan fixed = fixed(trips, chunk);
                return new BlockPlan(Cut.FIXED, trips, fixed.blocks, Math.min(threads, fixed.blocks), fixed.size, 0, null);
            case DYNAMIC:
                return chunk == 0 ? equal(trips, (long) threads * DYNAMIC_BLOCKS_PER_THREAD) : fixed(trips, chunk);
            case GUIDED:
                return guided(trips, threads, Math.max(chunk, 1));
            case AUTO:
            default:
                return equal(trips, (long) threads * AUTO_BLOCKS_PER_THREAD);
        }
    }

    private static BlockPlan equal(long trips, long wanted) {
        int blocks = (int) Math.min(Math.min(wanted, trips), MAX_BLOCKS);
        return new BlockPlan(Cut.EQUAL, trips, blocks, 0, trips / blocks, trips % blocks, null);
    }

    private static BlockPlan fixed(long trips, long chunk) {
        long size = Math.max(chunk, (trips + MAX_BLOCKS - 1) / MAX_BLOCKS);
        long blocks = trips / size + (trips % size == 0 ? 0 : 1);
        return new BlockPlan(Cut.FIXED, trips, (int) blocks, 0, size, 0, null);
    }

    private static BlockPlan guided(long trips, int threads, long smallest) {
        long[] starts = new long[64];
        int blocks = 0;
        long at = 0;
        while (at < trips) {
            if (blocks + 1 >= starts.length) {
                if (starts.length > MAX_BLOCKS) {
                    return guided(trips, threads, smallest * 2);
                }
                starts = Arrays.copyOf(starts, starts.length * 2);
            }
            starts[blocks++] = at;
            long remaining = trips - at;
            at += Math.min(remaining, Math.max(remaining / (2L * threads), smallest));
        }
        starts[blocks] = trips;
        return new BlockPlan(Cut.LISTED, trips, blocks, 0, 0, 0, starts);
    }

    /** Number of blocks. */
    int blocks() {
        return blocks;
    }

    /** STATIC: slots that own blocks round-robin; 0 when blocks are claimed one by one. */
    int slots() {
        return slots;
    }

    /** Units of work threads claim (slots or blocks): more threads than this would find nothing to do. */
    int units() {
        return slots > 0 ? slots : blocks;
    }

    /** First iteration of block {@code b}. */
    long start(int b) {
        switch (cut) {
            case EQUAL: return b * size + Math.min(b, larger);
            case FIXED: return b * size;
            default: return starts[b];
        }
    }

    /** First iteration past block {@code b}. */
    long end(int b) {
        return b + 1 == blocks ? trips : start(b + 1);
    }
}
