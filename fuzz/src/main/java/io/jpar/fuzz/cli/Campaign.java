package io.jpar.fuzz.cli;

import io.jpar.fuzz.gen.Program;
import io.jpar.fuzz.gen.Generator;
import io.jpar.fuzz.oracle.Outcome;
import io.jpar.fuzz.oracle.ProgramJudge;
import io.jpar.fuzz.oracle.Verdict;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Generates {@code count} programs of one seed, judges them in batches (one javac call per batch), counts the
 * outcomes and hands each failure to a consumer (the minimizer, in the command).
 */
public final class Campaign {

    /** The counts of one campaign and how long it took. */
    public record Summary(int programs, Map<Outcome, Integer> counts, long millis) {

        public int failures() {
            return counts.entrySet().stream().filter(e -> e.getKey().failure()).mapToInt(Map.Entry::getValue).sum();
        }

        public int count(Outcome outcome) {
            return counts.getOrDefault(outcome, 0);
        }

        /** {@code N programs: X ok, Y refused as expected, 0 miscompiled, 0 crashed, ...} */
        public String line() {
            StringBuilder s = new StringBuilder(programs + " programs: ");
            List<String> parts = new ArrayList<>();
            for (Outcome o : Outcome.values()) {
                parts.add(count(o) + " " + o.label());
            }
            s.append(String.join(", ", parts));
            s.append(String.format(" (%.1f s, %.1f programs/s)", millis / 1000.0, programs * 1000.0 / Math.max(1, millis)));
            return s.toString();
        }
    }

    private final ProgramJudge judge;
    private final PrintStream progress;
    private final String target;
    private final int batchSize;

    /** A CPU campaign: batches of 20 programs (one javac call each). */
    public Campaign(ProgramJudge judge, PrintStream progress) {
        this(judge, progress, "CPU");
    }

    /** A campaign for {@code target}; CLUSTER batches 40 programs, so each cluster job's start is paid once for them. */
    public Campaign(ProgramJudge judge, PrintStream progress, String target) {
        this.judge = judge;
        this.progress = progress;
        this.target = target;
        this.batchSize = "CLUSTER".equalsIgnoreCase(target) ? 40 : 20;
    }

    public Summary run(long seed, int first, int count, BiConsumer<Program, Verdict> onFailure) {
        Generator generator = Generator.forTarget(seed, target);
        Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
        long start = System.nanoTime();
        int done = 0;
        while (done < count) {
            List<Program> batch = new ArrayList<>();
            for (int k = 0; k < batchSize && done + k < count; k++) {
                batch.add(generator.generate(first + done + k));
            }
            List<Verdict> verdicts = judge.judgeAll(batch);
            for (int k = 0; k < batch.size(); k++) {
                Verdict v = verdicts.get(k);
                counts.merge(v.outcome(), 1, Integer::sum);
                if (v.outcome().failure()) {
                    progress.println(batch.get(k).name() + " (" + batch.get(k).className() + "): " + v.outcome() + ": " + firstLines(v.detail()));
                    onFailure.accept(batch.get(k), v);
                }
            }
            done += batch.size();
            if (done % 100 < batchSize || done == count) {
                long millis = (System.nanoTime() - start) / 1_000_000;
                progress.printf("seed %d: %d/%d programs, %d failures, %.1f programs/s%n", seed, done, count,
                        counts.entrySet().stream().filter(e -> e.getKey().failure()).mapToInt(Map.Entry::getValue).sum(),
                        done * 1000.0 / Math.max(1, millis));
            }
        }
        return new Summary(count, counts, (System.nanoTime() - start) / 1_000_000);
    }

    private static String firstLines(String text) {
        List<String> lines = text.lines().limit(4).toList();
        return String.join(" | ", lines);
    }
}
