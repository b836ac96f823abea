package io.jpar.benchmarks;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The markdown tables of benchmark results: per compute-bound sample the four versions and jpar's ratios, per
 * tiny loop the plain loop against jpar. A ratio is a ratio of speeds (the other version's time over jpar's):
 * above 1 jpar is faster. A version that did not run shows as a dash; a row none of whose versions ran is
 * left out, and a table without rows is empty.
 */
final class RatioReport {

    /** A row of the report: what it is called and the JMH class whose methods are its versions. */
    record Row(String label, Class<?> benchmark) {
    }

    private static final String MISSING = "—";

    private final Map<String, Score> scores;

    /** {@code scores} by benchmark name: the class's full name, a dot, the method's name. */
    RatioReport(Map<String, Score> scores) {
        this.scores = scores;
    }

    String computeTable(List<Row> rows) {
        rows = ran(rows);
        if (rows.isEmpty()) {
            return "";
        }
        StringBuilder table = new StringBuilder();
        table.append("| sample | size | sequential | jpar | parallel stream | ForkJoin | jpar speedup"
                + " | jpar vs best hand-written |\n");
        table.append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (Row row : rows) {
            Score sequential = score(row, "sequential");
            Score jpar = score(row, "jpar");
            Score stream = score(row, "parallelStream");
            Score forkJoin = score(row, "forkJoin");
            Score bestByHand = faster(stream, forkJoin);
            line(table, row.label(), size(sequential, jpar, stream, forkJoin), cell(sequential), cell(jpar),
                    cell(stream), cell(forkJoin), ratio(sequential, jpar), ratio(bestByHand, jpar));
        }
        return table.toString();
    }

    String tinyTable(List<Row> rows) {
        rows = ran(rows);
        if (rows.isEmpty()) {
            return "";
        }
        StringBuilder table = new StringBuilder();
        table.append("| tiny loop | size | sequential | jpar | jpar vs sequential |\n");
        table.append("| --- | --- | ---: | ---: | ---: |\n");
        for (Row row : rows) {
            Score sequential = score(row, "sequential");
            Score jpar = score(row, "jpar");
            line(table, row.label(), size(sequential, jpar), cell(sequential), cell(jpar), ratio(sequential, jpar));
        }
        return table.toString();
    }

    /**
     * Per GPU kernel: jpar's call against the same kernel written by hand with JOCL on the same device, both end to
     * end (arrays in, results back). The ratio is of times, jpar's over the hand-written one's: the aim is
     * at most 1.10.
     */
    String gpuTable(List<Row> rows) {
        rows = ran(rows);
        if (rows.isEmpty()) {
            return "";
        }
        StringBuilder table = new StringBuilder();
        table.append("| GPU kernel | size | jpar | hand-written JOCL | jpar time / hand-written time |\n");
        table.append("| --- | --- | ---: | ---: | ---: |\n");
        for (Row row : rows) {
            Score jpar = score(row, "jpar");
            Score byHand = score(row, "byHand");
            line(table, row.label(), size(jpar, byHand), cell(jpar), cell(byHand), ratio(jpar, byHand));
        }
        return table.toString();
    }

    /** The rows of which at least one version ran. */
    private List<Row> ran(List<Row> rows) {
        String[] methods = {"sequential", "jpar", "parallelStream", "forkJoin", "byHand"};
        return rows.stream().filter(row -> Arrays.stream(methods).anyMatch(m -> score(row, m) != null)).toList();
    }

    private Score score(Row row, String method) {
        return scores.get(row.benchmark().getName() + "." + method);
    }

    private static Score faster(Score first, Score second) {
        if (first == null || second == null) {
            return first == null ? second : first;
        }
        return first.mean() <= second.mean() ? first : second;
    }

    private static String size(Score... versions) {
        for (Score score : versions) {
            if (score != null) {
                return score.parameters();
            }
        }
        return MISSING;
    }

    private static String cell(Score score) {
        return score == null ? MISSING : score.format();
    }

    /** How many times faster jpar is than {@code other}; both must be in the same unit. */
    private static String ratio(Score other, Score jpar) {
        if (other == null || jpar == null) {
            return MISSING;
        }
        if (!other.unit().equals(jpar.unit())) {
            throw new IllegalStateException("units differ: " + other.unit() + " and " + jpar.unit());
        }
        return String.format("%.2f×", other.mean() / jpar.mean());
    }

    private static void line(StringBuilder table, String... cells) {
        StringJoiner line = new StringJoiner(" | ", "| ", " |\n");
        for (String cell : cells) {
            line.add(cell);
        }
        table.append(line);
    }
}
