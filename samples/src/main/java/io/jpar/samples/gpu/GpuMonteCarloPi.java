package io.jpar.samples.gpu;

import io.jpar.Parallel;
import io.jpar.Target;
import io.jpar.runtime.Jpar;
import io.jpar.samples.SampleMain;

/**
 * Monte Carlo pi as an OpenCL kernel. A kernel has no {@code java.util.Random}, so each point's coordinates are
 * a hash of its index (counter-based random numbers): point i does not depend on which work-item draws it or in
 * what order, and the device's count equals the sequential one exactly.
 */
public final class GpuMonteCarloPi {

    private GpuMonteCarloPi() {
    }

    /** How many of {@code samples} pseudo-random points of the unit square lie inside the quarter circle. */
    @Parallel(target = Target.GPU)
    public static long countHits(int samples, int seed) {
        long hits = 0;
        for (int i = 0; i < samples; i++) {
            double x = unit(hash(seed + 2 * i));
            double y = unit(hash(seed + 2 * i + 1));
            if (x * x + y * y <= 1.0) {
                hits++;
            }
        }
        return hits;
    }

    /** The same loop without {@code @Parallel}: the sequential reference. */
    public static long countHitsSequentially(int samples, int seed) {
        long hits = 0;
        for (int i = 0; i < samples; i++) {
            double x = unit(hash(seed + 2 * i));
            double y = unit(hash(seed + 2 * i + 1));
            if (x * x + y * y <= 1.0) {
                hits++;
            }
        }
        return hits;
    }

    /**
     * An integer hash with good avalanche (Chris Wellons' "lowbias32"): neighbouring indices give unrelated
     * bits. Int arithmetic wraps on overflow, in Java and in the kernel alike.
     */
    static int hash(int x) {
        int h = x;
        h ^= h >>> 16;
        h *= 0x7feb352d;
        h ^= h >>> 15;
        h *= 0x846ca68b;
        h ^= h >>> 16;
        return h;
    }

    /** The top 24 bits of {@code bits} as a number in [0, 1): exact in double, as in the kernel. */
    static double unit(int bits) {
        return (bits >>> 8) / 16777216.0;
    }

    public static void main(String[] args) {
        int samples = SampleMain.size(args, 50_000_000);
        int seed = 42;
        long device = countHits(samples, seed);
        long sequential = Jpar.sequential(() -> countHitsSequentially(samples, seed));
        SampleMain.report(String.format("%,d of %,d points inside: pi is about %.6f", device, samples,
                4.0 * device / samples), device == sequential, String.format("%,d", sequential));
    }
}
