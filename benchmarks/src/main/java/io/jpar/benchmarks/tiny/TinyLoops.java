package io.jpar.benchmarks.tiny;

import io.jpar.Parallel;

/**
 * Loops far too small to pay for threads, annotated as a user might annotate them anyway: jpar must run them
 * inline on the caller at about the cost of the plain loop. The build rewrites this class like a user's.
 */
public final class TinyLoops {

    private TinyLoops() {
    }

    @Parallel
    public static long sum(int[] values) {
        long sum = 0;
        for (int i = 0; i < values.length; i++) {
            sum += values[i];
        }
        return sum;
    }

    @Parallel
    public static double dot(double[] x, double[] y) {
        double dot = 0.0;
        for (int i = 0; i < x.length; i++) {
            dot += x[i] * y[i];
        }
        return dot;
    }
}
