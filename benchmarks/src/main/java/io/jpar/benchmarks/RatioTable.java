package io.jpar.benchmarks;

import io.jpar.benchmarks.gpu.GpuMandelbrotBenchmark;
import io.jpar.benchmarks.gpu.GpuMatrixMultiplyBenchmark;
import io.jpar.benchmarks.gpu.GpuMidpointBenchmark;
import io.jpar.benchmarks.gpu.GpuRelaunchBenchmark;
import io.jpar.benchmarks.integration.MidpointBenchmark;
import io.jpar.benchmarks.matrix.MatrixMultiplyBenchmark;
import io.jpar.benchmarks.pi.MonteCarloPiBenchmark;
import io.jpar.benchmarks.primes.SumPrimesBenchmark;
import io.jpar.benchmarks.tiny.TinyDotBenchmark;
import io.jpar.benchmarks.tiny.TinySumBenchmark;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.NoBenchmarksException;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs the benchmarks through JMH's Runner API and prints the markdown tables of ratios that the README quotes.
 *
 * <p>Usage: {@code java -jar benchmarks.jar [-quick] [REGEX...]}. Without a REGEX every benchmark runs; a REGEX
 * selects benchmarks by name as JMH's own command line does ({@code SumPrimes}, {@code Tiny.*jpar}).
 * {@code -quick} is a smoke run with short iterations whose numbers mean nothing. Run on a quiet machine:
 * the full set takes about six minutes.
 */
public final class RatioTable {

    private static final List<RatioReport.Row> COMPUTE = List.of(
            new RatioReport.Row("sum of primes", SumPrimesBenchmark.class),
            new RatioReport.Row("Monte Carlo pi", MonteCarloPiBenchmark.class),
            new RatioReport.Row("midpoint integration", MidpointBenchmark.class),
            new RatioReport.Row("matrix multiply", MatrixMultiplyBenchmark.class));

    private static final List<RatioReport.Row> TINY = List.of(
            new RatioReport.Row("sum of ints", TinySumBenchmark.class),
            new RatioReport.Row("dot product", TinyDotBenchmark.class));

    private static final List<RatioReport.Row> GPU = List.of(
            new RatioReport.Row("midpoint integration", GpuMidpointBenchmark.class),
            new RatioReport.Row("matrix multiply", GpuMatrixMultiplyBenchmark.class),
            new RatioReport.Row("Mandelbrot", GpuMandelbrotBenchmark.class),
            new RatioReport.Row("re-launch of a cached tiny kernel", GpuRelaunchBenchmark.class));

    private RatioTable() {
    }

    public static void main(String[] args) {
        boolean quick = false;
        List<String> selected = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("-quick")) {
                quick = true;
            } else if (arg.startsWith("-")) {
                System.err.println("RatioTable: unknown option '" + arg + "'; usage: RatioTable [-quick] [REGEX...]");
                System.exit(2);
            } else {
                selected.add(arg);
            }
        }
        if (selected.isEmpty()) {
            Stream.of(COMPUTE, TINY, GPU).flatMap(List::stream)
                    .forEach(row -> selected.add("^" + Pattern.quote(row.benchmark().getName()) + "\\."));
        }

        Collection<RunResult> results;
        try {
            results = new Runner(options(quick, selected)).run();
        } catch (NoBenchmarksException e) {
            System.err.println("RatioTable: no benchmark matches " + selected);
            System.exit(2);
            return;
        } catch (RunnerException e) {
            System.err.println("RatioTable: a benchmark failed (its error is printed above): " + e.getMessage());
            System.exit(1);
            return;
        }
        Map<String, Score> scores = new LinkedHashMap<>();
        for (RunResult result : results) {
            scores.put(result.getParams().getBenchmark(), Score.of(result));
        }

        RatioReport report = new RatioReport(scores);
        System.out.println();
        System.out.println("Machine: " + Machine.describe());
        System.out.println(quick
                ? "JMH -quick smoke run (1 fork, warmup 1 x 200 ms, measurement 2 x 200 ms): NOT a measurement"
                : "JMH: 1 fork, warmup 3 x 1 s, measurement 5 x 1 s; mean time per call ± 99.9% confidence");
        System.out.println();
        if (!Machine.load().isEmpty()) {
            System.out.println("At the end" + Machine.load() + ".");
        }
        System.out.println();
        for (String table : List.of(report.computeTable(COMPUTE), report.tinyTable(TINY),
                report.gpuTable(GPU))) {
            if (!table.isEmpty()) {
                System.out.print(table);
                System.out.println();
            }
        }
        System.out.println("Ratios are of speed (the other version's time over jpar's): above 1 jpar is faster."
                + " Best hand-written: the faster of parallel stream and ForkJoin. GPU table: both versions on the"
                + " first OpenCL device (PoCL on the CPU where there is no GPU), end to end; its ratio is jpar's time"
                + " over the hand-written program's (the aim: at most 1.10), the tiny kernel's time is jpar's cost of"
                + " re-launching a cached kernel (the aim: at most 1 ms).");
    }

    private static Options options(boolean quick, List<String> selected) {
        ChainedOptionsBuilder options = new OptionsBuilder().forks(1).shouldFailOnError(true);
        selected.forEach(options::include);
        if (quick) {
            options.warmupIterations(1).warmupTime(TimeValue.milliseconds(200))
                    .measurementIterations(2).measurementTime(TimeValue.milliseconds(200));
        } else {
            options.warmupIterations(3).warmupTime(TimeValue.seconds(1))
                    .measurementIterations(5).measurementTime(TimeValue.seconds(1));
        }
        return options.build();
    }
}
