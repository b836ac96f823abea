package io.jpar.samples.gpu;

import io.jpar.Parallel;
import io.jpar.Target;
import io.jpar.runtime.Jpar;
import io.jpar.samples.Comparison;
import io.jpar.samples.MidpointIntegration;
import io.jpar.samples.SampleMain;
import io.jpar.samples.Verdict;

/**
 * The midpoint rule for the integral of 4 / (1 + x^2) over [0, 1] as an OpenCL kernel: {@link
 * MidpointIntegration} with {@code target = GPU}. The sum is a reduction: each work-group adds its terms in local
 * memory and the host adds the groups' partials, a grouping other than the sequential one, so the result is
 * within rounding of the sequential sum (the kernel is compiled without contracting a * b + c into one rounding).
 */
public final class GpuMidpointIntegration {

    private GpuMidpointIntegration() {
    }

    /** The midpoint-rule approximation of the integral with {@code intervals} equal intervals. */
    @Parallel(target = Target.GPU)
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
        double device = integrate(intervals);
        double sequential = Jpar.sequential(() -> MidpointIntegration.integrate(intervals));
        Verdict verdict = Comparison.withinReassociation(intervals).compare(sequential, device);
        SampleMain.report(String.format("pi is about %.15f with %,d intervals", device, intervals),
                verdict.agrees(), verdict.text());
    }
}
