package io.jpar.benchmarks.tiny;

/** Plain copies of {@link TinyLoops}, never rewritten: the truth and the time to match. */
public final class TinyLoopsByHand {

    private TinyLoopsByHand() {
    }

    public static long sum(int[] values) {
        long sum = 0;
        for (int i = 0; i < values.length; i++) {
            sum += values[i];
        }
        return sum;
    }

    public static double dot(double[] x, double[] y) {
        double dot = 0.0;
        for (int i = 0; i < x.length; i++) {
            dot += x[i] * y[i];
        }
        return dot;
    }
}
