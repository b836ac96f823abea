package io.jpar.benchmarks.primes;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveTask;
import java.util.stream.IntStream;

/** The sum of the primes below n written by hand three ways: the yardsticks for jpar's version. */
public final class SumPrimesByHand {

    private SumPrimesByHand() {
    }

    /** The plain loop: the truth the other versions are checked and timed against. */
    public static long sequential(int n) {
        return sumRange(2, n);
    }

    public static long parallelStream(int n) {
        return IntStream.range(2, n).parallel().filter(SumPrimesByHand::isPrime).asLongStream().sum();
    }

    /** Recursive halving down to blocks of about a sixteenth of a thread's share; work stealing evens out the rest. */
    public static long forkJoin(ForkJoinPool pool, int n) {
        int grain = Math.max(1_024, n / (16 * pool.getParallelism()));
        return pool.invoke(new RangeSum(2, n, grain));
    }

    static long sumRange(int from, int to) {
        long sum = 0;
        for (int i = from; i < to; i++) {
            if (isPrime(i)) {
                sum += i;
            }
        }
        return sum;
    }

    static boolean isPrime(int n) {
        if (n < 2) {
            return false;
        }
        for (int d = 2; (long) d * d <= n; d++) {
            if (n % d == 0) {
                return false;
            }
        }
        return true;
    }

    private static final class RangeSum extends RecursiveTask<Long> {
        private final int from;
        private final int to;
        private final int grain;

        RangeSum(int from, int to, int grain) {
            this.from = from;
            this.to = to;
            this.grain = grain;
        }

        @Override
        protected Long compute() {
            if (to - from <= grain) {
                return sumRange(from, to);
            }
            int middle = (from + to) >>> 1;
            RangeSum left = new RangeSum(from, middle, grain);
            left.fork();
            long right = new RangeSum(middle, to, grain).compute();
            return left.join() + right;
        }
    }
}
