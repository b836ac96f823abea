package io.jpar.samples;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** Prints the runner's measurements as a plain-text table with aligned columns. */
public final class ResultTable {

    private final String[] headers;
    /** Numbers are right-aligned, text left-aligned. */
    private static final boolean[] RIGHT = {false, false, true, true, true, false};

    private final List<String[]> rows = new ArrayList<>();

    /** A table whose parallel column is called "parallel". */
    public ResultTable() {
        this("parallel");
    }

    /** A table whose parallel column is called {@code parallelHeader} ("cluster", "GPU"). */
    public ResultTable(String parallelHeader) {
        headers = new String[] {"sample", "size", "sequential", parallelHeader, "speedup", "result"};
    }

    public void add(Measurement m) {
        rows.add(new String[] {
            m.name(), m.size(), milliseconds(m.sequentialNanos()), milliseconds(m.parallelNanos()),
            String.format("%.2fx", m.speedup()), m.verdict().text()});
    }

    public void print(PrintStream out) {
        int[] widths = new int[headers.length];
        for (int c = 0; c < headers.length; c++) {
            widths[c] = headers[c].length();
            for (String[] row : rows) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        printRow(out, headers, widths);
        String[] rule = new String[headers.length];
        for (int c = 0; c < headers.length; c++) {
            rule[c] = "-".repeat(widths[c]);
        }
        printRow(out, rule, widths);
        for (String[] row : rows) {
            printRow(out, row, widths);
        }
    }

    private static void printRow(PrintStream out, String[] cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            String pad = " ".repeat(widths[c] - cells[c].length());
            line.append(c == 0 ? "" : "  ").append(RIGHT[c] ? pad + cells[c] : cells[c] + pad);
        }
        out.println(line.toString().stripTrailing());
    }

    private static String milliseconds(long nanos) {
        return String.format("%.1f ms", nanos / 1e6);
    }
}
