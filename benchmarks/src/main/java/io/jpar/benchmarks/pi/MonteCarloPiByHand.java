package io.jpar.benchmarks.pi;

import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveTask;
import java.util.stream.LongStream;

/** Monte Carlo hits written by hand three ways; point i always comes from a generator seeded with seed + i. */
public final class MonteCarloPiByHand {

    private MonteCarloPiByHand() {
    }

    public static long sequential(long samples, long seed) {
        return countRange(0, samples, seed);
    }

    public static long parallelStream(long samples, long seed) {
        return LongStream.range(0, samples).parallel().filter(i -> {
            SplittableRandom random = new SplittableRandom(seed + i);
            double x = random.nextDouble();
            double y = random.nextDouble();
            return x * x + y * y <= 1.0;
        }).count();
    }

    /** Recursive halving down to blocks of a sixteenth of a thread's share. */
    public static long forkJoin(ForkJoinPool pool, long samples, long seed) {
        long grain = Math.max(1_024, samples / (16L * pool.getParallelism()));
        return pool.invoke(new RangeCount(0, samples, seed, grain));
    }

    static long countRange(long from, long to, long seed) {
        long hits = 0;
        for (long i = from; i < to; i++) {
            SplittableRandom random = new SplittableRandom(seed + i);
            double x = random.nextDouble();
            double y = random.nextDouble();
            if (x * x + y * y <= 1.0) {
                hits++;
            }
        }
        return hits;
    }

    private static final class RangeCount extends RecursiveTask<Long> {
        private final long from;
        private final long to;
        private final long seed;
        private final long grain;

        RangeCount(long from, long to, long seed, long grain) {
            this.from = from;
            this.to = to;
            this.seed = seed;
            this.grain = grain;
        }

        @Override
        protected Long compute() {
            if (to - from <= grain) {
                return countRange(from, to, seed);
            }
            long middle = (from + to) >>> 1;
            RangeCount left = new RangeCount(from, middle, seed, grain);
            left.fork();
            long right = new RangeCount(middle, to, seed, grain).compute();
            return left.join() + right;
        }
    }
}
