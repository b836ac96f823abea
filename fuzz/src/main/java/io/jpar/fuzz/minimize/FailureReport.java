package io.jpar.fuzz.minimize;

import io.jpar.fuzz.gen.Program;
import io.jpar.fuzz.oracle.Outcome;
import io.jpar.fuzz.oracle.ProgramJudge;
import io.jpar.fuzz.oracle.Verdict;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * What the command does with each failing program: minimizes it (the first few of each outcome; minimizing
 * costs hundreds of oracle runs) and writes it as a golden case named after the outcome, seed and index.
 */
public final class FailureReport {

    private static final int MINIMIZED_PER_OUTCOME = 3;
    private static final int MAX_TRIALS = 400;

    private final ProgramJudge judge;
    private final GoldenCaseWriter writer;
    private final boolean minimize;
    private final PrintStream progress;
    private final Map<Outcome, Integer> minimized = new EnumMap<>(Outcome.class);

    public FailureReport(ProgramJudge judge, Path dir, boolean minimize, PrintStream progress) {
        this.judge = judge;
        this.writer = new GoldenCaseWriter(dir);
        this.minimize = minimize;
        this.progress = progress;
    }

    public void record(Program program, Verdict verdict) {
        Program result = program;
        Verdict last = verdict;
        if (minimize && minimized.merge(verdict.outcome(), 1, Integer::sum) <= MINIMIZED_PER_OUTCOME) {
            Minimizer minimizer = new Minimizer(judge, MAX_TRIALS);
            result = minimizer.minimize(program, verdict);
            last = judge.judge(result);
            progress.println("  minimized from " + program.lines().size() + " to " + result.lines().size() + " lines in "
                    + minimizer.trials() + " trials");
        }
        String name = "fuzz_" + verdict.outcome().name().toLowerCase(Locale.ROOT) + "_" + program.className().toLowerCase(Locale.ROOT);
        try {
            Path dir = writer.write(name, result, last.signature().equals(verdict.signature()) ? last : verdict);
            progress.println("  written to " + dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the golden case " + name + ": " + e.getMessage(), e);
        }
    }
}
