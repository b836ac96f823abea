package io.jpar.fuzz.cli;

import io.jpar.fuzz.minimize.FailureReport;
import io.jpar.fuzz.oracle.Oracle;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code java -jar jpar-fuzz-<version>-cli.jar --seed S --count N [--target CPU|CLUSTER|GPU] [--out DIR] [--first K]
 * [--no-minimize]}: generates N programs of seed S (several seeds: {@code --seed 1,2,3}) for the target, judges them
 * (CPU: threads in this JVM; CLUSTER: cluster jobs of 2 and 3 ranks on MPJ Express's multicore device; GPU: the
 * OpenCL device), writes each failure, minimized, as a golden case under DIR, and prints a summary line. Exit
 * status: 0 when every program was fine, 1 when any failed, 2 for a bad command line or a target that cannot run
 * here (no OpenCL device, no MPJ Express).
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        List<Long> seeds = new ArrayList<>(List.of(1L));
        int count = 100;
        int first = 0;
        String target = "CPU";
        Path dir = Path.of("fuzz/target/fuzz-failures");
        boolean minimize = true;
        Path realWorld = null;
        String classPath = null;
        int maxFiles = Integer.MAX_VALUE;
        try {
            for (int k = 0; k < args.length; k++) {
                switch (args[k]) {
                    case "--seed" -> {
                        seeds.clear();
                        for (String s : value(args, ++k).split(",")) {
                            seeds.add(Long.parseLong(s.trim()));
                        }
                    }
                    case "--count" -> count = Integer.parseInt(value(args, ++k));
                    case "--first" -> first = Integer.parseInt(value(args, ++k));
                    case "--target" -> target = value(args, ++k);
                    case "--out" -> dir = Path.of(value(args, ++k));
                    case "--no-minimize" -> minimize = false;
                    case "--real-world" -> realWorld = Path.of(value(args, ++k));
                    case "--classpath" -> classPath = value(args, ++k);
                    case "--max-files" -> maxFiles = Integer.parseInt(value(args, ++k));
                    case "--help", "-h" -> {
                        out.println(usage());
                        return 0;
                    }
                    default -> throw new IllegalArgumentException("unknown option " + args[k]);
                }
            }
        } catch (IllegalArgumentException e) {
            err.println("jpar-fuzz: " + e.getMessage());
            err.println(usage());
            return 2;
        }
        target = target.toUpperCase(java.util.Locale.ROOT);
        if (!List.of("CPU", "CLUSTER", "GPU").contains(target)) {
            err.println("jpar-fuzz: unknown target " + target + "; use CPU, CLUSTER or GPU");
            return 2;
        }
        String unavailable = realWorld == null ? Oracle.unavailable(target) : null;
        if (unavailable != null) {
            err.println("jpar-fuzz: cannot fuzz the " + target + " target here: " + unavailable);
            return 2;
        }
        Path work;
        try {
            work = Files.createTempDirectory("jpar-fuzz");
        } catch (IOException e) {
            err.println("jpar-fuzz: cannot create a scratch folder: " + e.getMessage());
            return 2;
        }
        if (realWorld != null) {
            return realWorld(realWorld, classPath, maxFiles, work, out, err);
        }
        Oracle oracle = Oracle.forTarget(target, work, 20_000);
        FailureReport report = new FailureReport(oracle, dir, minimize, out);
        Campaign campaign = new Campaign(oracle, out, target);
        int programs = 0;
        int failures = 0;
        long millis = 0;
        java.util.Map<io.jpar.fuzz.oracle.Outcome, Integer> totals = new java.util.EnumMap<>(io.jpar.fuzz.oracle.Outcome.class);
        for (long seed : seeds) {
            Campaign.Summary s = campaign.run(seed, first, count, report::record);
            out.println("seed " + seed + ": " + s.line());
            programs += s.programs();
            failures += s.failures();
            millis += s.millis();
            s.counts().forEach((o, c) -> totals.merge(o, c, Integer::sum));
        }
        Campaign.Summary total = new Campaign.Summary(programs, totals, millis);
        out.println(total.line());
        if (failures > 0) {
            out.println(failures + " failing programs; minimized golden cases are in " + dir.toAbsolutePath());
        }
        return failures > 0 ? 1 : 0;
    }

    /** {@code --real-world SOURCES [--classpath CP] [--max-files N]}: the real-world feed instead of generated programs. */
    private static int realWorld(Path sources, String classPath, int maxFiles, Path work, PrintStream out, PrintStream err) {
        if (!Files.exists(sources)) {
            err.println("jpar-fuzz: " + sources + " does not exist; give a sources jar or a source folder");
            return 2;
        }
        try {
            long start = System.nanoTime();
            io.jpar.fuzz.realworld.RealWorldFeed.Report report = new io.jpar.fuzz.realworld.RealWorldFeed(work).run(sources, classPath, maxFiles);
            report.problems().forEach(out::println);
            out.printf("%s (%.1f s)%n", report.line(), (System.nanoTime() - start) / 1e9);
            return report.problems().isEmpty() ? 0 : 1;
        } catch (IOException e) {
            err.println("jpar-fuzz: cannot read " + sources + ": " + e.getMessage());
            return 2;
        }
    }

    private static String value(String[] args, int k) {
        if (k >= args.length) {
            throw new IllegalArgumentException(args[k - 1] + " needs a value");
        }
        return args[k];
    }

    static String usage() {
        return "usage: java -jar jpar-fuzz-<version>-cli.jar --seed S[,S...] --count N [--target CPU|CLUSTER|GPU] [--out DIR]"
                + " [--first K] [--no-minimize]\n"
                + "       java -jar jpar-fuzz-<version>-cli.jar --real-world SOURCES.jar|DIR [--classpath LIBRARY.jar] [--max-files N]";
    }
}
