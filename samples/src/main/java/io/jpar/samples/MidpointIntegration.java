package io.jpar.samples;

import io.jpar.Parallel;

/**
 * The integral of 4 / (1 + x^2) over [0, 1], which is pi, by the midpoint rule with n intervals: the
 * lecture's classic reduction. The parallel sum adds the same terms in another grouping, so it may differ from
 * the sequential one by rounding only, and is the same from run to run for a fixed number of threads.
 */
public final class MidpointIntegration {

    private MidpointIntegration() {
    }

    /** The midpoint-rule approximation of the integral with {@code intervals} equal intervals. */
    @Parallel
    public static double integrate(int intervals) {
        double h = 1.0 / intervals;
        double sum = 0.0;
        for (int i = 0; i < intervals; i++) {
            double x = (i + 0.5) * h;
            sum += 4.0 / (1.0 + x * x);
        }
        return sum * h;
    }

    public static void main(String[] args) {
        int intervals = 10_000_000;
        double pi = integrate(intervals);
        System.out.printf("pi is about %.15f, error %.2e%n", pi, Math.abs(pi - Math.PI));
    }
}
