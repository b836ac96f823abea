package io.jpar.runtime.gpu;

/**
 * The loop's part of a kernel's parameters: {@code jpar_trips, jpar_first, jpar_step} (one loop) or the six of
 * {@code collapse = 2}, in the contract's order; trip counts are {@code long}, the others of the index type.
 *
 * @param longIndex whether {@code first} and {@code step} are {@code long} (else {@code int})
 * @param trips     iterations in all (rows times inner iterations for a collapsed loop)
 * @param values    {@code trips, first, step}, once per collapsed loop
 */
record Bounds(boolean longIndex, long trips, long... values) {

    static Bounds ofInt(long trips, int first, int step) {
        return new Bounds(false, trips, trips, first, step);
    }

    static Bounds ofLong(long trips, long first, long step) {
        return new Bounds(true, trips, trips, first, step);
    }

    static Bounds ofInt2(long rows, int first1, int step1, long inner, int first2, int step2) {
        return new Bounds(false, rows * inner, rows, first1, step1, inner, first2, step2);
    }

    /** Whether parameter {@code k} (from 0) of the loop's part is a trip count, hence a {@code long}. */
    boolean isTrips(int k) {
        return k % 3 == 0;
    }
}
