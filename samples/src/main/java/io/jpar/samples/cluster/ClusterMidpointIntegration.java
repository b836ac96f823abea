package io.jpar.samples.cluster;

import io.jpar.Parallel;
import io.jpar.Target;
import io.jpar.runtime.Jpar;
import io.jpar.samples.Comparison;
import io.jpar.samples.MidpointIntegration;
import io.jpar.samples.SampleMain;
import io.jpar.samples.Verdict;

/**
 * The midpoint rule for the integral of 4 / (1 + x^2) over [0, 1] on a cluster: {@link MidpointIntegration}
 * with {@code target = CLUSTER}. Only the scalar {@code h} travels to the ranks and one partial sum comes back
 * from each; rank 0 adds them in rank order, so a fixed number of ranks and threads gives the same value
 * every run, within rounding of the sequential sum.
 */
public final class ClusterMidpointIntegration {

    private ClusterMidpointIntegration() {
    }

    /** The midpoint-rule approximation of the integral with {@code intervals} equal intervals. */
    @Parallel(target = Target.CLUSTER)
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
        int intervals = SampleMain.size(args, 100_000_000);
        double cluster = integrate(intervals);
        double sequential = Jpar.sequential(() -> MidpointIntegration.integrate(intervals));
        Verdict verdict = Comparison.withinReassociation(intervals).compare(sequential, cluster);
        SampleMain.report(String.format("pi is about %.15f with %,d intervals", cluster, intervals),
                verdict.agrees(), verdict.text());
    }
}
