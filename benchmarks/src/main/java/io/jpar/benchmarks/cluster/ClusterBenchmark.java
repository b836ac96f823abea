package io.jpar.benchmarks.cluster;

import io.jpar.benchmarks.Machine;
import io.jpar.runtime.Jpar;
import io.jpar.runtime.cluster.ClusterJob;
import io.jpar.samples.Comparison;
import io.jpar.samples.MatrixMultiply;
import io.jpar.samples.MidpointIntegration;
import io.jpar.samples.MonteCarloPi;
import io.jpar.samples.SumPrimes;
import io.jpar.samples.cluster.ClusterMatrixMultiply;
import io.jpar.samples.cluster.ClusterMidpointIntegration;
import io.jpar.samples.cluster.ClusterMonteCarloPi;
import io.jpar.samples.cluster.ClusterSumPrimes;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * The CLUSTER benchmark of issue 3, run inside a cluster job (a job cannot be a JMH fork): per compute-bound sample
 * the sequential time and the cluster time side by side, the parallel efficiency, and the bytes rank 0 moved per
 * call against the least the sample's data plan needs; then the time of a tiny cluster call against MPJ Express's
 * Allreduce of one double measured in the same job. Prints markdown tables; exits 1 if a cluster result differs
 * from the sequential one, 2 when not started as a job.
 *
 * <p>Run it with one thread per rank, so that efficiency compares ranks with one core:
 * <pre>java -jar launcher/target/jpar-launcher-*.jar -np 2 -J-Djpar.threads=1 -cp benchmarks/target/benchmarks.jar \
 *     io.jpar.benchmarks.cluster.ClusterBenchmark [--quick]</pre>
 */
public final class ClusterBenchmark {

    /** One compute-bound sample: its two versions and the least data a call must move. */
    private record Sample<T>(String label, String size, Supplier<T> sequential, Supplier<T> cluster,
                             Comparison<T> comparison, long minimumBytes) {
    }

    private record Timing(long sequentialNanos, long clusterNanos, boolean equal) {
    }

    private ClusterBenchmark() {
    }

    public static void main(String[] args) {
        boolean quick = Arrays.asList(args).contains("--quick");
        if (args.length > (quick ? 1 : 0)) {
            System.err.println("ClusterBenchmark: usage: ClusterBenchmark [--quick]");
            System.exit(2);
        }
        if (!ClusterJob.active()) {
            System.err.println("ClusterBenchmark: not started as a cluster job; run it with the launcher:"
                    + " java -jar jpar-launcher.jar -np 2 -J-Djpar.threads=1 -cp benchmarks.jar "
                    + ClusterBenchmark.class.getName());
            System.exit(2);
        }
        int ranks = MpiProbe.ranks();
        int warmups = quick ? 1 : 2;
        int repetitions = quick ? 2 : 5;
        System.out.printf("Machine: %s%n", Machine.describe());
        System.out.printf("Cluster job: %d ranks, %d thread(s) per rank; %d warm-up and %d timed calls per version,"
                + " median shown%s%n%n", ranks, Jpar.threads(), warmups, repetitions,
                quick ? " (--quick: small sizes, NOT a measurement)" : "");

        boolean allEqual = true;
        StringBuilder efficiency = new StringBuilder()
                .append("| sample | size | sequential | cluster | speedup | efficiency | bytes per call |"
                        + " least possible | bytes / least |\n")
                .append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (Sample<?> sample : samples(ranks, quick)) {
            Timing timing = time(sample, warmups, repetitions);
            allEqual &= timing.equal();
            long bytes = bytesPerCall(sample.cluster(), repetitions);
            double speedup = (double) timing.sequentialNanos() / timing.clusterNanos();
            efficiency.append(String.format("| %s | %s | %s | %s | %.2f× | %.0f%% | %s | %s | %s |%n",
                    sample.label(), sample.size(), millis(timing.sequentialNanos()), millis(timing.clusterNanos()),
                    speedup, 100 * speedup / ranks, bytes(bytes), bytes(sample.minimumBytes()),
                    bytes < 0 ? "—" : String.format("%.2f", (double) bytes / sample.minimumBytes()))
                    + (timing.equal() ? "" : "RESULT DIFFERS FROM THE SEQUENTIAL ONE\n"));
        }
        System.out.println(efficiency);

        int calls = quick ? 200 : 2_000;
        for (int i = 0; i < calls; i++) {
            TinyCluster.sum(ranks);
        }
        long[] tiny = new long[calls];
        for (int i = 0; i < calls; i++) {
            long start = System.nanoTime();
            TinyCluster.sum(ranks);
            tiny[i] = System.nanoTime() - start;
        }
        long tinyNanos = median(tiny);
        long tinyBytes = bytesPerCall(() -> TinyCluster.sum(ranks), calls);
        long probeStart = ProcessIo.available() ? ProcessIo.bytes() : 0;
        long allreduceNanos = MpiProbe.allreduce(ranks, calls) / calls;
        // The probe runs 2 x calls Allreduces (warm-up and timed) inside one jpar call, whose bytes are negligible.
        long allreduceBytes = ProcessIo.available() ? (ProcessIo.bytes() - probeStart) / (2L * calls) : -1;
        System.out.println("| per call | time | bytes per call | least possible |");
        System.out.println("| --- | ---: | ---: | ---: |");
        System.out.printf("| MPJ Express Allreduce of one double | %.1f µs | %s | %s |%n", allreduceNanos / 1e3,
                bytes(allreduceBytes), bytes(16L * (ranks - 1)));
        System.out.printf("| jpar cluster call: one iteration per rank, one double reduced | %.1f µs | %s | %s |%n",
                tinyNanos / 1e3, bytes(tinyBytes), bytes(8L * (ranks - 1)));
        System.out.printf("| jpar call / Allreduce | %.2f× | | |%n%n", (double) tinyNanos / allreduceNanos);
        System.out.println("Efficiency: speedup over sequential divided by the rank count. Bytes: what rank 0 read and"
                + " wrote through system calls per call (Linux /proc/self/io, MPJ Express's headers and jpar's call"
                + " protocol included); least possible: the values the access analysis says a call must move between"
                + " rank 0 and the other ranks (broadcast: all of it to each rank; scatter and gather: each rank's"
                + " block; reductions: one partial per rank). Allreduce: the slowest rank's mean per operation.");
        if (!Machine.load().isEmpty()) {
            System.out.println("At the end" + Machine.load() + ".");
        }
        System.out.println(allEqual ? "all cluster results equal the sequential ones"
                : "SOME CLUSTER RESULTS DIFFER FROM THE SEQUENTIAL ONES");
        if (!allEqual) {
            System.exit(1);
        }
    }

    /** The samples, at sizes where a call takes a few hundred milliseconds of sequential work. */
    private static List<Sample<?>> samples(int ranks, boolean quick) {
        int primesBelow = quick ? 200_000 : 3_000_000;
        long points = quick ? 1_000_000 : 20_000_000;
        int intervals = quick ? 5_000_000 : 200_000_000;
        int n = quick ? 120 : 600;
        double[][] a = MatrixMultiply.randomMatrix(n, n, 1L);
        double[][] b = MatrixMultiply.randomMatrix(n, n, 2L);
        int others = ranks - 1;
        // Rows of A and C that ranks other than 0 hold: all but rank 0's block (blocks as even as they can be).
        long otherRows = n - (n + ranks - 1) / ranks;
        // Least bytes: what the body reads from outside the loop (to each other rank) and what comes back from it;
        // the loops' bounds stay on rank 0.
        return List.of(
                new Sample<>("sum of primes", String.format("n = %,d", primesBelow),
                        () -> SumPrimes.sumPrimes(primesBelow), () -> ClusterSumPrimes.sumPrimes(primesBelow),
                        Comparison.exact(String::valueOf), others * 8L),
                new Sample<>("Monte Carlo pi", String.format("%,d points", points),
                        () -> MonteCarloPi.countHits(points, 42L), () -> ClusterMonteCarloPi.countHits(points, 42L),
                        Comparison.exact(String::valueOf), others * (8L + 8L)),
                new Sample<>("midpoint integration", String.format("%,d intervals", intervals),
                        () -> MidpointIntegration.integrate(intervals),
                        () -> ClusterMidpointIntegration.integrate(intervals),
                        Comparison.withinReassociation(intervals), others * (8L + 8L)),
                new Sample<>("matrix multiply", n + " x " + n,
                        () -> MatrixMultiply.multiply(a, b), () -> ClusterMatrixMultiply.multiply(a, b),
                        Comparison.exact(c -> "c[0][0] = " + c[0][0]),
                        8L * (otherRows * n * 2 + (long) others * n * n) + others * 8L));
    }

    /** Sequential (the CPU sample under Jpar.sequential) and cluster calls, alternating; the medians. */
    private static <T> Timing time(Sample<T> sample, int warmups, int repetitions) {
        T reference = Jpar.sequential(sample.sequential());
        boolean equal = sample.comparison().compare(reference, sample.cluster().get()).agrees();
        for (int i = 1; i < warmups; i++) {
            Jpar.sequential(sample.sequential());
            sample.cluster().get();
        }
        long[] sequential = new long[repetitions];
        long[] cluster = new long[repetitions];
        for (int i = 0; i < repetitions; i++) {
            long start = System.nanoTime();
            Jpar.sequential(sample.sequential());
            long middle = System.nanoTime();
            sample.cluster().get();
            long end = System.nanoTime();
            sequential[i] = middle - start;
            cluster[i] = end - middle;
        }
        return new Timing(median(sequential), median(cluster), equal);
    }

    /** Rank 0's bytes of I/O per call of {@code call}, less what reading the counter costs; -1 where unknown. */
    private static long bytesPerCall(Supplier<?> call, int calls) {
        if (!ProcessIo.available()) {
            return -1;
        }
        long before = ProcessIo.bytes();
        long counterCost = ProcessIo.bytes() - before;
        long start = ProcessIo.bytes();
        for (int i = 0; i < calls; i++) {
            call.get();
        }
        long end = ProcessIo.bytes();
        return Math.max(0, (end - start - counterCost) / calls);
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String millis(long nanos) {
        return String.format("%.1f ms", nanos / 1e6);
    }

    private static String bytes(long bytes) {
        if (bytes < 0) {
            return "—";
        }
        return bytes >= 10_000 ? String.format("%,.0f KiB", bytes / 1024.0) : String.format("%,d B", bytes);
    }
}
