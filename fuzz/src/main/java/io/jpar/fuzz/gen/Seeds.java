package io.jpar.fuzz.gen;

import java.util.SplittableRandom;

/** The random stream of program {@code index} of a seed. */
final class Seeds {

    private Seeds() {
    }

    /**
     * Seed and index each go through SplittableRandom's mixing before they are combined. (The CPU generator's own
     * formula, {@code seed * 0x9E3779B97F4A7C15 + ...}, multiplies by SplittableRandom's increment, so seed s + 1 is
     * seed s's stream shifted by one draw and the programs of neighbouring seeds are alike; it is kept for CPU so
     * that recorded CPU programs stay reproducible.)
     */
    static SplittableRandom stream(long seed, int index, long salt) {
        long s = new SplittableRandom(seed ^ salt).nextLong();
        long k = new SplittableRandom(index * 0xBF58476D1CE4E5B9L + salt).nextLong();
        return new SplittableRandom(s ^ Long.rotateLeft(k, 29));
    }
}
