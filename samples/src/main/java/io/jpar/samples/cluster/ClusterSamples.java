package io.jpar.samples.cluster;

import io.jpar.runtime.Jpar;
import io.jpar.runtime.cluster.ClusterJob;
import io.jpar.samples.Comparison;
import io.jpar.samples.MatrixMultiply;
import io.jpar.samples.Measurement;
import io.jpar.samples.MidpointIntegration;
import io.jpar.samples.MonteCarloPi;
import io.jpar.samples.ResultTable;
import io.jpar.samples.SideBySide;
import io.jpar.samples.SumPrimes;

import java.io.PrintStream;
import java.util.List;

/**
 * Runs every cluster sample as one cluster job: each sample once as the cluster method (its blocks on every
 * rank) and once as the CPU sample it was made from, run sequentially on rank 0 under {@code Jpar.sequential};
 * prints both times and whether the results agree. Exits with status 1 if any result differs, 2 on a bad argument.
 *
 * <p>Usage, as a job: {@code java -jar jpar-launcher.jar -np 2 -cp CLASSPATH
 * io.jpar.samples.cluster.ClusterSamples [--quick]}, or {@code mvn -pl samples jpar:run -Djpar.np=2
 * -Djpar.mainClass=io.jpar.samples.cluster.ClusterSamples}. Started as a plain program, every cluster loop runs
 * on this JVM's threads after one warning line (jpar's fallback rule).
 */
public final class ClusterSamples {

    private static final long SEED = 20_240_601L;

    private ClusterSamples() {
    }

    public static void main(String[] args) {
        ClusterSizes sizes = ClusterSizes.FULL;
        for (String arg : args) {
            if (arg.equals("--quick")) {
                sizes = ClusterSizes.QUICK;
            } else {
                System.err.println("ClusterSamples: unknown argument '" + arg + "'; usage: ClusterSamples [--quick]");
                System.exit(2);
            }
        }
        if (!run(sizes, System.out)) {
            System.exit(1);
        }
    }

    /** Runs and prints everything; true when every cluster result agrees with the sequential one. */
    static boolean run(ClusterSizes sizes, PrintStream out) {
        out.printf("jpar cluster samples: %s, %d thread(s) per rank, Java %s%n", ClusterJob.active()
                        ? "a cluster job" : "NOT a cluster job (each cluster loop runs on this JVM's threads)",
                Jpar.threads(), System.getProperty("java.version"));
        ResultTable table = new ResultTable("cluster");
        boolean allAgree = true;
        for (SideBySide<?> workload : workloads(sizes)) {
            Measurement measurement = workload.measure();
            table.add(measurement);
            allAgree &= measurement.verdict().agrees();
        }
        table.print(out);
        out.println(allAgree ? "all cluster results agree with the sequential ones"
                : "SOME CLUSTER RESULTS DIFFER FROM THE SEQUENTIAL ONES");
        return allAgree;
    }

    /** The samples at their sizes, each beside the CPU sample it was made from (the sequential reference). */
    static List<SideBySide<?>> workloads(ClusterSizes sizes) {
        int primesBelow = sizes.primesBelow();
        long piSamples = sizes.piSamples();
        int intervals = sizes.intervals();
        double[][] a = MatrixMultiply.randomMatrix(sizes.matrixSize(), sizes.matrixSize(), SEED);
        double[][] b = MatrixMultiply.randomMatrix(sizes.matrixSize(), sizes.matrixSize(), SEED + 1);
        return List.of(
                new SideBySide<>("sum of primes", String.format("n = %,d", primesBelow),
                        () -> SumPrimes.sumPrimes(primesBelow), () -> ClusterSumPrimes.sumPrimes(primesBelow),
                        Comparison.exact(sum -> String.format("%,d", sum))),
                new SideBySide<>("Monte Carlo pi", String.format("%,d points", piSamples),
                        () -> MonteCarloPi.countHits(piSamples, SEED),
                        () -> ClusterMonteCarloPi.countHits(piSamples, SEED),
                        Comparison.exact(hits -> String.format("%,d hits, pi ~ %.6f", hits,
                                MonteCarloPi.estimate(hits, piSamples)))),
                new SideBySide<>("midpoint integration", String.format("%,d intervals", intervals),
                        () -> MidpointIntegration.integrate(intervals),
                        () -> ClusterMidpointIntegration.integrate(intervals),
                        Comparison.withinReassociation(intervals)),
                new SideBySide<>("matrix multiply", String.format("%d x %d", sizes.matrixSize(), sizes.matrixSize()),
                        () -> MatrixMultiply.multiply(a, b), () -> ClusterMatrixMultiply.multiply(a, b),
                        Comparison.exact(c -> String.format("c[0][0] = %.6f", c[0][0]))));
    }
}
