package io.jpar.fuzz.gen;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One generated program: a class whose {@code @Parallel} methods are exercised by its own unannotated
 * {@code fuzzRun()}, which builds seeded inputs, calls them, and returns every output in an {@code Object[]}.
 * Because the harness is part of the source, a program (and a minimized failure) is self-contained.
 *
 * @param name        a name for reports, e.g. {@code seed7-#12}
 * @param className   the public class, also the file name
 * @param lines       the source, one element per line
 * @param expectation accept and agree, or refuse on a known line
 * @param tolerances  output slot of {@code fuzzRun()} to its floating-point tolerance (reductions only);
 *                    every other slot must be equal bit for bit
 */
public record Program(String name, String className, List<String> lines, Expectation expectation, Map<Integer, Tolerance> tolerances) {

    /** The method the oracle calls on both versions. */
    public static final String RUN_METHOD = "fuzzRun";

    public Program {
        lines = List.copyOf(lines);
        tolerances = Map.copyOf(tolerances);
    }

    public String source() {
        return String.join("\n", lines) + "\n";
    }

    /** The program without lines {@code from..to} (1-based, inclusive). */
    public Program withoutLines(int from, int to) {
        List<String> kept = new ArrayList<>(lines.subList(0, from - 1));
        kept.addAll(lines.subList(to, lines.size()));
        return new Program(name, className, kept, expectation.afterDeleting(from, to), tolerances);
    }

    /** The program with line {@code line} (1-based) replaced by {@code text}. */
    public Program withLine(int line, String text) {
        List<String> changed = new ArrayList<>(lines);
        changed.set(line - 1, text);
        return new Program(name, className, changed, expectation, tolerances);
    }
}
