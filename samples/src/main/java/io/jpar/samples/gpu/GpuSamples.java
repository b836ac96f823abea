package io.jpar.samples.gpu;

import io.jpar.samples.Comparison;
import io.jpar.samples.MatrixMultiply;
import io.jpar.samples.Measurement;
import io.jpar.samples.MidpointIntegration;
import io.jpar.samples.ResultTable;
import io.jpar.samples.SideBySide;

import java.io.PrintStream;
import java.util.List;

/**
 * Runs every GPU sample on the OpenCL device and sequentially in Java and prints both times and whether the
 * results agree. Exits with status 1 if any result differs, 2 on a bad argument. Where there is no OpenCL
 * device, each kernel's loop runs on the CPU threads after one warning line (jpar's fallback rule);
 * {@code -Djpar.fallback=error} makes that an error instead.
 *
 * <p>Usage: {@code mvn -pl samples exec:exec -Dsamples.main=io.jpar.samples.gpu.GpuSamples}, or
 * {@code java -cp CLASSPATH io.jpar.samples.gpu.GpuSamples [--quick]}; {@code -Djpar.gpu.device=NAME|INDEX}
 * (or {@code JPAR_GPU_DEVICE}) picks the device.
 */
public final class GpuSamples {

    private static final long SEED = 20_240_601L;

    private GpuSamples() {
    }

    public static void main(String[] args) {
        GpuSizes sizes = GpuSizes.FULL;
        for (String arg : args) {
            if (arg.equals("--quick")) {
                sizes = GpuSizes.QUICK;
            } else {
                System.err.println("GpuSamples: unknown argument '" + arg + "'; usage: GpuSamples [--quick]");
                System.exit(2);
            }
        }
        if (!run(sizes, System.out)) {
            System.exit(1);
        }
    }

    /** Runs and prints everything; true when every device result agrees with the sequential one. */
    static boolean run(GpuSizes sizes, PrintStream out) {
        out.printf("jpar GPU samples: Java %s%n", System.getProperty("java.version"));
        ResultTable table = new ResultTable("GPU");
        boolean allAgree = true;
        for (SideBySide<?> workload : workloads(sizes)) {
            Measurement measurement = workload.measure();
            table.add(measurement);
            allAgree &= measurement.verdict().agrees();
        }
        table.print(out);
        out.println("each kernel was built and run once before it was timed: the times leave out its one-time build");
        out.println(allAgree ? "all GPU results agree with the sequential ones"
                : "SOME GPU RESULTS DIFFER FROM THE SEQUENTIAL ONES");
        return allAgree;
    }

    /** The samples at their sizes, each beside its sequential reference. */
    static List<SideBySide<?>> workloads(GpuSizes sizes) {
        int piSamples = sizes.piSamples();
        int intervals = sizes.intervals();
        int n = sizes.matrixSize();
        int width = sizes.mandelbrotWidth();
        int height = width * 4 / 5;
        int maxSteps = sizes.maxSteps();
        double[][] a = MatrixMultiply.randomMatrix(n, n, SEED);
        double[][] b = MatrixMultiply.randomMatrix(n, n, SEED + 1);
        return List.of(
                new SideBySide<>("Monte Carlo pi", String.format("%,d points", piSamples),
                        () -> GpuMonteCarloPi.countHitsSequentially(piSamples, (int) SEED),
                        () -> GpuMonteCarloPi.countHits(piSamples, (int) SEED),
                        Comparison.exact(hits -> String.format("%,d hits, pi ~ %.6f", hits, 4.0 * hits / piSamples))),
                new SideBySide<>("midpoint integration", String.format("%,d intervals", intervals),
                        () -> MidpointIntegration.integrate(intervals),
                        () -> GpuMidpointIntegration.integrate(intervals),
                        Comparison.withinReassociation(intervals)),
                new SideBySide<>("matrix multiply", String.format("%d x %d", n, n),
                        () -> MatrixMultiply.multiply(a, b), () -> GpuMatrixMultiply.multiply(a, b),
                        Comparison.exact(c -> String.format("c[0][0] = %.6f", c[0][0]))),
                new SideBySide<>("Mandelbrot", String.format("%d x %d, %,d steps", width, height, maxSteps),
                        () -> GpuMandelbrot.escapeStepsSequentially(width, height, maxSteps),
                        () -> GpuMandelbrot.escapeSteps(width, height, maxSteps),
                        Comparison.exact(steps -> String.format("%,d pixels in the set",
                                GpuMandelbrot.inside(steps, maxSteps)))));
    }
}
