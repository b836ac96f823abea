package io.jpar.samples;

import io.jpar.runtime.Jpar;

import java.io.PrintStream;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs every sample twice, sequentially (the same method under {@link Jpar#sequential}) and in parallel, and
 * prints a table of both times, the speedup and whether the results agree. Exits with status 1 if any result
 * differs, 2 on a bad argument.
 *
 * <p>Usage: {@code RunSamples [--quick]}; the number of threads comes from {@code -Djpar.threads} or
 * {@code JPAR_THREADS}, else the available processors.
 */
public final class RunSamples {

    private static final long SEED = 20_240_601L;

    private RunSamples() {
    }

    public static void main(String[] args) {
        Sizes sizes = Sizes.FULL;
        for (String arg : args) {
            if (arg.equals("--quick")) {
                sizes = Sizes.QUICK;
            } else {
                System.err.println("RunSamples: unknown argument '" + arg + "'; usage: RunSamples [--quick]");
                System.exit(2);
            }
        }
        if (!run(sizes, System.out)) {
            System.exit(1);
        }
    }

    /** Runs and prints everything; true when every parallel result agrees with the sequential one. */
    static boolean run(Sizes sizes, PrintStream out) {
        out.printf("jpar samples: %d threads, %d available processors, Java %s%n",
                Jpar.threads(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        String[] threads = Hello.threads(Hello.greet(Hello.ITERATIONS));
        out.printf("hello: %d iterations ran on %s (%d of %d threads)%n%n", Hello.ITERATIONS,
                String.join(", ", threads), threads.length, Jpar.threads());

        ResultTable table = new ResultTable();
        boolean allAgree = true;
        for (Workload<?> workload : workloads(sizes)) {
            Measurement measurement = measure(workload);
            table.add(measurement);
            allAgree &= measurement.verdict().agrees();
        }
        table.print(out);
        out.println();
        out.println("floating-point sums add the same terms in another grouping in parallel, so they may differ by"
                + " rounding; 'bound' is the most that can be: 2 gamma(n + 1) |sum| for n non-negative terms");
        out.println(allAgree ? "all parallel results agree with the sequential ones"
                : "SOME PARALLEL RESULTS DIFFER FROM THE SEQUENTIAL ONES");
        return allAgree;
    }

    /** The samples, each at its size, in the order of the lecture. */
    static List<Workload<?>> workloads(Sizes sizes) {
        int[] inputs = SumPrimesInputs.inputs(sizes.firstInput(), sizes.inputCount(), sizes.inputStep());
        double[][] a = MatrixMultiply.randomMatrix(sizes.matrixSize(), sizes.matrixSize(), SEED);
        double[][] b = MatrixMultiply.randomMatrix(sizes.matrixSize(), sizes.matrixSize(), SEED + 1);
        return List.of(
                new Workload<>("sum of primes", String.format("n = %,d", sizes.primesBelow()),
                        () -> SumPrimes.sumPrimes(sizes.primesBelow()),
                        Comparison.exact(sum -> String.format("%,d", sum))),
                new Workload<>("sum of primes, several inputs",
                        String.format("%d inputs %,d..%,d", inputs.length, inputs[0], inputs[inputs.length - 1]),
                        () -> SumPrimesInputs.sumPrimesOfEach(inputs),
                        Comparison.exact(sums -> String.format("%,d ... %,d", sums[0], sums[sums.length - 1]))),
                new Workload<>("Monte Carlo pi", String.format("%,d points", sizes.piSamples()),
                        () -> MonteCarloPi.countHits(sizes.piSamples(), SEED),
                        Comparison.exact(hits -> String.format("%,d hits, pi ~ %.6f", hits,
                                MonteCarloPi.estimate(hits, sizes.piSamples())))),
                new Workload<>("midpoint integration", String.format("%,d intervals", sizes.intervals()),
                        () -> MidpointIntegration.integrate(sizes.intervals()),
                        Comparison.withinReassociation(sizes.intervals())),
                new Workload<>("matrix multiply", String.format("%d x %d", sizes.matrixSize(), sizes.matrixSize()),
                        () -> MatrixMultiply.multiply(a, b),
                        Comparison.exact(c -> String.format("c[0][0] = %.6f", c[0][0]))));
    }

    /** Warms both ways up once, then times one sequential and one parallel call. */
    static <T> Measurement measure(Workload<T> workload) {
        Supplier<T> call = workload.call();
        Jpar.sequential(call);
        call.get();
        long start = System.nanoTime();
        T sequential = Jpar.sequential(call);
        long middle = System.nanoTime();
        T parallel = call.get();
        long end = System.nanoTime();
        return new Measurement(workload.name(), workload.size(), middle - start, end - middle,
                workload.comparison().compare(sequential, parallel));
    }
}
