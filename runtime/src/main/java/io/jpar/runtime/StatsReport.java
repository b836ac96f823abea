package io.jpar.runtime;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The statistics of every loop, one record per {@code where} and {@code method}; with {@code jpar.stats=true}
 * also a table of the loops that ran, printed to stderr when the JVM exits, like Parallel Python's
 * {@code print_stats()}.
 *
 * <p>Sites at the same place share one record: generated code makes each site once, but code that made one
 * per call would otherwise lose the cost estimate on every call and print its fallback warning again.
 */
final class StatsReport {

    static final boolean ENABLED = Config.stats();

    private static final ConcurrentLinkedQueue<LoopSite> SITES = new ConcurrentLinkedQueue<>();
    private static final ConcurrentHashMap<String, LoopStats> BY_PLACE = new ConcurrentHashMap<>();

    static {
        if (ENABLED) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> print(System.err), "jpar-stats"));
        }
    }

    private StatsReport() {
    }

    /** The record of the loop at {@code site}'s place, made and (for the table) remembered on first use. */
    static LoopStats statsFor(LoopSite site) {
        String place = site.where() + " " + site.method();
        LoopStats stats = BY_PLACE.get(place);
        if (stats != null) {
            return stats;
        }
        LoopStats created = new LoopStats();
        stats = BY_PLACE.putIfAbsent(place, created);
        if (stats != null) {
            return stats;
        }
        if (ENABLED) {
            SITES.add(site);
        }
        return created;
    }

    private static void print(PrintStream out) {
        out.print(table(new ArrayList<>(SITES)));
        out.flush();
    }

    /** The table: a title line, a header, and one row per site that ran, in the order the sites were made. */
    static String table(List<LoopSite> sites) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"where", "method", "calls", "inline", "iterations", "threads", "chunks", "time ms"});
        for (LoopSite site : sites) {
            LoopStats s = site.stats();
            if (s.calls() == 0) {
                continue;
            }
            rows.add(new String[] {site.where(), site.method(), Long.toString(s.calls()),
                    Long.toString(s.inlineCalls()), Long.toString(s.iterations()), Integer.toString(s.maxThreads()),
                    Long.toString(s.chunks()), String.format(Locale.ROOT, "%.3f", s.timeNanos() / 1e6)});
        }
        int columns = rows.get(0).length;
        int[] width = new int[columns];
        for (String[] row : rows) {
            for (int c = 0; c < columns; c++) {
                width[c] = Math.max(width[c], row[c].length());
            }
        }
        StringBuilder text = new StringBuilder("jpar statistics: " + (rows.size() - 1) + " loop(s) ran\n");
        for (String[] row : rows) {
            for (int c = 0; c < columns; c++) {
                boolean left = c < 2;
                String cell = row[c];
                String pad = " ".repeat(width[c] - cell.length());
                text.append(c == 0 ? "" : "  ").append(left ? cell + pad : pad + cell);
            }
            text.append('\n');
        }
        return text.toString();
    }
}
