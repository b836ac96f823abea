package io.jpar.fuzz.minimize;

import io.jpar.fuzz.gen.Program;
import io.jpar.fuzz.oracle.Outcome;
import io.jpar.fuzz.oracle.Verdict;
import io.jpar.processor.JparProcessor;
import io.jpar.processor.ProcessorOptions;
import io.jpar.processor.ProcessorResult;
import io.jpar.processor.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a failing program as a golden case in the format of processor/src/test/resources/cases:
 * {@code before.java}, {@code messages.txt} ({@code LINE: error: message} per line) and {@code after.java}
 * holding what a <em>correct</em> processor must produce as far as the fuzzer knows it. So the case fails in
 * GoldenCasesTest until the bug is fixed:
 * <ul>
 * <li>legal program (miscompiled, crashed, wrongly refused): no messages, and an empty after.java to be
 *     regenerated with {@code -Djpar.golden.write=true} once the output is right; jpar's current (wrong)
 *     output is kept beside it as {@code jpar-output.java};</li>
 * <li>illegal program accepted or refused on the wrong line: jpar's messages plus an expected error on each
 *     offending line, worded as a placeholder for the real message.</li>
 * </ul>
 * {@code fuzz.txt} says what failed and how to reproduce it; GoldenCasesTest ignores it.
 */
public final class GoldenCaseWriter {

    private final Path root;

    public GoldenCaseWriter(Path root) {
        this.root = root;
    }

    public Path write(String name, Program program, Verdict verdict) throws IOException {
        Path dir = root.resolve(name);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("before.java"), program.source());
        Processed result = process(program);
        List<String> messages = new ArrayList<>();
        String currentOutput = result == null ? null : result.output;
        if (!program.expectation().legal()) {
            if (result != null) {
                for (Diagnostic d : result.result.diagnostics()) {
                    messages.add(d.line() + ": " + d.kind().label() + ": " + d.message());
                }
            }
            for (int line : program.expectation().lines()) {
                messages.add(line + ": error: (jpar-fuzz expects a refusal here: " + program.expectation().reason() + ")");
            }
            messages.sort(Comparator.comparingInt(s -> Integer.parseInt(s.substring(0, s.indexOf(':')))));
        } else if (verdict.outcome() == Outcome.CRASH && result != null && result.result.hasErrors()) {
            // an internal error: the expected outcome is no message at all
            messages.clear();
        }
        Files.writeString(dir.resolve("messages.txt"), messages.isEmpty() ? "" : String.join("\n", messages) + "\n");
        Files.writeString(dir.resolve("after.java"), "");
        if (currentOutput != null) {
            Files.writeString(dir.resolve("jpar-output.java"), currentOutput);
        }
        Files.writeString(dir.resolve("fuzz.txt"), "jpar-fuzz: " + verdict.outcome() + " (" + program.name() + ")\n"
                + (program.expectation().legal() ? "expected: accepted, the same results as the original where the target runs it\n"
                        : "expected: an error on line " + program.expectation().lines() + ": " + program.expectation().reason() + "\n")
                + "seen:\n" + verdict.detail() + "\n\n"
                + "before.java is self-contained: fuzzRun(), where minimizing kept it, builds the inputs, calls the @Parallel methods"
                + " and returns the outputs, so a differential test can run it as written and as rewritten.\n"
                + "after.java is empty on purpose: regenerate it with -Djpar.golden.write=true once jpar is fixed, and review it.\n");
        return dir;
    }

    private record Processed(ProcessorResult result, String output) {
    }

    private static Processed process(Program program) throws IOException {
        Path tmp = Files.createTempDirectory("jpar-fuzz-case");
        try {
            Path src = tmp.resolve("src");
            Files.createDirectories(src);
            Files.writeString(src.resolve(program.className() + ".java"), program.source());
            Path out = tmp.resolve("out");
            ProcessorResult result = new JparProcessor(ProcessorOptions.defaults().withDisplayBase(src)).process(List.of(src), out);
            Path file = out.resolve(program.className() + ".java");
            return new Processed(result, Files.exists(file) ? Files.readString(file) : null);
        } catch (RuntimeException | Error e) {
            return null;
        } finally {
            try (Stream<Path> all = Files.walk(tmp)) {
                for (Path f : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }
}
