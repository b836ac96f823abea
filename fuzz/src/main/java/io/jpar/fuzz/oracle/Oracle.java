package io.jpar.fuzz.oracle;

import io.jpar.fuzz.gen.Program;
import io.jpar.processor.JparProcessor;
import io.jpar.processor.ProcessorOptions;
import io.jpar.processor.ProcessorResult;
import io.jpar.processor.diag.Diagnostic;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The differential oracle. For each program: run the processor on it; an illegal program must be refused with an
 * error on its offending line; a legal one must be accepted, and then the original and jpar's version are compiled
 * (one javac call per batch for each), the original's {@code fuzzRun()} runs in this JVM, and jpar's version must
 * give the same outputs where the target runs it ({@link Execution}): with 1, 2 and 3 threads (CPU), on the OpenCL
 * device (GPU), or in cluster jobs of 2 and 3 ranks (CLUSTER).
 */
public final class Oracle implements ProgramJudge {

    private final InMemoryCompiler compiler = new InMemoryCompiler();
    private final ProgramRunner runner;
    private final Execution execution;
    private final Path work;
    private final UnaryOperator<String> tamper;

    /** The CPU target. @param work a scratch folder for the processor's input and output (it reads and writes files) */
    public Oracle(Path work, long timeoutMillis) {
        this(work, timeoutMillis, UnaryOperator.identity());
    }

    /** For testing the oracle itself: {@code tamper} changes jpar's output before it is compiled (a planted bug). */
    Oracle(Path work, long timeoutMillis, UnaryOperator<String> tamper) {
        this(work, timeoutMillis, tamper, "CPU");
    }

    /** For testing the oracle of {@code target} itself, with a planted bug as above. */
    Oracle(Path work, long timeoutMillis, UnaryOperator<String> tamper, String target) {
        this.work = work;
        this.runner = new ProgramRunner(timeoutMillis);
        this.tamper = tamper;
        this.execution = switch (target) {
            case "CPU" -> new ThreadsExecution(runner);
            case "GPU" -> new GpuExecution(runner);
            case "CLUSTER" -> new ClusterExecution(work, compiler, timeoutMillis);
            default -> throw new IllegalArgumentException("unknown target " + target + "; use CPU, CLUSTER or GPU");
        };
    }

    /**
     * Null when {@code target} can run here; otherwise why not (no OpenCL device for GPU, no MPJ Express for CLUSTER):
     * a campaign there would test nothing.
     */
    public static String unavailable(String target) {
        return switch (target) {
            case "GPU" -> OpenClProbe.missing();
            case "CLUSTER" -> ClusterExecution.mpjMissing();
            default -> null;
        };
    }

    /** The oracle for {@code target} ({@code CPU}, {@code CLUSTER} or {@code GPU}). */
    public static Oracle forTarget(String target, Path work, long timeoutMillis) {
        return new Oracle(work, timeoutMillis, UnaryOperator.identity(), target);
    }

    @Override
    public Verdict judge(Program program) {
        return judgeAll(List.of(program)).get(0);
    }

    @Override
    public List<Verdict> judgeAll(List<Program> programs) {
        Verdict[] verdicts = new Verdict[programs.size()];
        // every program must be valid Java first: a refusal or an acceptance of broken code proves nothing
        Map<String, String> originals = new LinkedHashMap<>();
        for (Program p : programs) {
            originals.put(p.className(), p.source());
        }
        InMemoryCompiler.Compiled sequential = compiler.compile(originals);
        Map<String, String> rewritten = new LinkedHashMap<>();
        Map<String, Integer> position = new LinkedHashMap<>();
        for (int k = 0; k < programs.size(); k++) {
            Program p = programs.get(k);
            if (sequential.failures().containsKey(p.className())) {
                verdicts[k] = new Verdict(Outcome.INVALID_PROGRAM, "the program does not compile:\n" + sequential.failures().get(p.className()));
                continue;
            }
            Processed processed = process(p);
            if (processed.verdict != null) {
                verdicts[k] = processed.verdict;
            } else {
                rewritten.put(p.className(), processed.output);
                position.put(p.className(), k);
            }
        }
        if (position.isEmpty()) {
            return List.of(verdicts);
        }
        InMemoryCompiler.Compiled parallel = compiler.compile(rewritten);
        List<Execution.Accepted> accepted = new ArrayList<>();
        List<Integer> acceptedAt = new ArrayList<>();
        for (Map.Entry<String, Integer> e : position.entrySet()) {
            String name = e.getKey();
            Program p = programs.get(e.getValue());
            if (parallel.failures().containsKey(name)) {
                verdicts[e.getValue()] = new Verdict(Outcome.CRASH, "jpar's output does not compile:\n" + parallel.failures().get(name));
                continue;
            }
            ProgramRunner.Run expected = runner.run(only(sequential.classes(), name), name, 0);
            if (expected.timedOut() || expected.thrown() != null) {
                verdicts[e.getValue()] = new Verdict(Outcome.INVALID_PROGRAM, "the original " + expected.describe()
                        + "; the harness must return normally");
                continue;
            }
            accepted.add(new Execution.Accepted(p, expected.outputs(), only(parallel.classes(), name)));
            acceptedAt.add(e.getValue());
        }
        if (!accepted.isEmpty()) {
            List<Verdict> compared = execution.compare(accepted);
            for (int k = 0; k < accepted.size(); k++) {
                verdicts[acceptedAt.get(k)] = compared.get(k);
            }
        }
        return List.of(verdicts);
    }

    private static Map<String, byte[]> only(Map<String, byte[]> classes, String className) {
        return classes.entrySet().stream()
                .filter(e -> belongsTo(e.getKey(), className) || belongsTo(e.getKey(), "JparKernels_" + className))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** A class compiled from the program's file: the class itself, its nested and local classes, or jpar's kernel holder. */
    private static boolean belongsTo(String name, String topLevel) {
        return name.equals(topLevel) || name.startsWith(topLevel + "$");
    }

    private record Processed(Verdict verdict, String output) {
    }

    /** Runs the processor and judges its decision; a legal, accepted program comes back with jpar's output. */
    private Processed process(Program p) {
        Path dir = null;
        try {
            Files.createDirectories(work);
            dir = Files.createTempDirectory(work, p.className());
            Path root = dir.resolve("src");
            Files.createDirectories(root);
            Files.writeString(root.resolve(p.className() + ".java"), p.source());
            Path out = dir.resolve("out");
            ProcessorResult result;
            try {
                result = new JparProcessor(ProcessorOptions.defaults().withDisplayBase(root)).process(List.of(root), out);
            } catch (RuntimeException | Error e) {
                return new Processed(new Verdict(Outcome.CRASH, "the processor threw:\n" + stackTrace(e)), null);
            }
            String messages = result.diagnostics().stream().map(Diagnostic::toString).collect(Collectors.joining("\n"));
            if (result.diagnostics().stream().anyMatch(d -> d.message().contains("internal error"))) {
                return new Processed(new Verdict(Outcome.CRASH, messages), null);
            }
            if (!p.expectation().legal()) {
                if (!result.hasErrors()) {
                    return new Processed(new Verdict(Outcome.MISSED_REFUSAL, "expected an error on line " + p.expectation().lines() + " ("
                            + p.expectation().reason() + "), but jpar accepted the program" + (messages.isEmpty() ? "" : ":\n" + messages)), null);
                }
                boolean named = result.diagnostics().stream().anyMatch(d -> d.isError() && p.expectation().lines().contains(d.line()));
                boolean said = result.diagnostics().stream().anyMatch(d -> d.isError() && p.expectation().lines().contains(d.line())
                        && p.expectation().mentionedBy(d.message()));
                return new Processed(said ? new Verdict(Outcome.REFUSED_AS_EXPECTED, messages)
                        : new Verdict(Outcome.BAD_LINE, "expected an error on line " + p.expectation().lines() + " ("
                                + p.expectation().reason() + ")" + (named ? " that mentions /" + p.expectation().mention() + "/" : "")
                                + ", but jpar said:\n" + messages), null);
            }
            if (result.hasErrors()) {
                return new Processed(new Verdict(Outcome.WRONG_REFUSAL, messages), null);
            }
            Path output = out.resolve(p.className() + ".java");
            if (!Files.exists(output)) {
                return new Processed(new Verdict(Outcome.CRASH, "the processor accepted the program but wrote no " + output.getFileName()), null);
            }
            return new Processed(null, tamper.apply(Files.readString(output)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use the scratch folder " + work + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(dir);
        }
    }

    static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path f : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            // scratch files left behind are harmless; the next run deletes them
        }
    }

    private static String stackTrace(Throwable t) {
        StringWriter s = new StringWriter();
        t.printStackTrace(new PrintWriter(s));
        List<String> lines = new ArrayList<>(s.toString().lines().toList());
        return String.join("\n", lines.subList(0, Math.min(lines.size(), 25)));
    }
}
