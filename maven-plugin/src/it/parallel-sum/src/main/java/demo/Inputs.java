package demo;

import java.util.SplittableRandom;

/** Not annotated: jpar copies it unchanged. */
public final class Inputs {

    private Inputs() {
    }

    public static int[] random(int n, long seed) {
        return new SplittableRandom(seed).ints(n, -1_000_000, 1_000_000).toArray();
    }
}
