package io.jpar.benchmarks.gpu;

import io.jpar.Parallel;
import io.jpar.Target;

/**
 * A kernel with almost no work: the time of a call after the first is what it costs to launch a cached kernel
 * (set its arguments, move 2 x 16 ints, run, read back). The build rewrites this class like a user's.
 */
public final class TinyGpu {

    private TinyGpu() {
    }

    @Parallel(target = Target.GPU)
    public static int[] addOne(int[] in) {
        int[] out = new int[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = in[i] + 1;
        }
        return out;
    }
}
