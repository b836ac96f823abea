package io.jpar.benchmarks.integration;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveTask;
import java.util.stream.IntStream;

/** The midpoint rule for 4 / (1 + x^2) on [0, 1] written by hand three ways. */
public final class MidpointByHand {

    private MidpointByHand() {
    }

    public static double sequential(int intervals) {
        double h = 1.0 / intervals;
        return sumRange(0, intervals, h) * h;
    }

    /**
     * {@code reduce(0.0, Double::sum)} rather than {@code sum()}: the same plain summation as the loop, where
     * {@code sum()} would add Kahan compensation (more accurate, and slower) that no other version does.
     */
    public static double parallelStream(int intervals) {
        double h = 1.0 / intervals;
        return IntStream.range(0, intervals).parallel().mapToDouble(i -> {
            double x = (i + 0.5) * h;
            return 4.0 / (1.0 + x * x);
        }).reduce(0.0, Double::sum) * h;
    }

    /** Recursive halving down to blocks of a sixteenth of a thread's share. */
    public static double forkJoin(ForkJoinPool pool, int intervals) {
        double h = 1.0 / intervals;
        int grain = Math.max(1_024, intervals / (16 * pool.getParallelism()));
        return pool.invoke(new RangeSum(0, intervals, h, grain)) * h;
    }

    static double sumRange(int from, int to, double h) {
        double sum = 0.0;
        for (int i = from; i < to; i++) {
            double x = (i + 0.5) * h;
            sum += 4.0 / (1.0 + x * x);
        }
        return sum;
    }

    private static final class RangeSum extends RecursiveTask<Double> {
        private final int from;
        private final int to;
        private final double h;
        private final int grain;

        RangeSum(int from, int to, double h, int grain) {
            this.from = from;
            this.to = to;
            this.h = h;
            this.grain = grain;
        }

        @Override
        protected Double compute() {
            if (to - from <= grain) {
                return sumRange(from, to, h);
            }
            int middle = (from + to) >>> 1;
            RangeSum left = new RangeSum(from, middle, h, grain);
            left.fork();
            double right = new RangeSum(middle, to, h, grain).compute();
            return left.join() + right;
        }
    }
}
