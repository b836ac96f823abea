package io.jpar.fuzz.gen;

import java.util.Set;
import java.util.TreeSet;

/**
 * What jpar must do with a generated program: accept it and keep its results (legal), or refuse it with an
 * error on one of {@code lines} (illegal on purpose; the generator knows which statement is at fault).
 *
 * @param legal  true when DESIGN.md's rules allow every annotated loop
 * @param lines  1-based lines of the offending statement(s); empty when legal
 * @param reason what the illegal statement does, in words (for reports and golden cases)
 */
public record Expectation(boolean legal, Set<Integer> lines, String reason) {

    public Expectation {
        lines = Set.copyOf(new TreeSet<>(lines));
    }

    public static Expectation accept() {
        return new Expectation(true, Set.of(), "");
    }

    public static Expectation refuse(Set<Integer> lines, String reason) {
        return new Expectation(false, lines, reason);
    }

    /** The expectation after lines {@code from..to} (1-based, inclusive) were deleted from the program. */
    public Expectation afterDeleting(int from, int to) {
        Set<Integer> moved = new TreeSet<>();
        int removed = to - from + 1;
        for (int line : lines) {
            moved.add(line > to ? line - removed : line);
        }
        return new Expectation(legal, moved, reason);
    }

    /** True when deleting lines {@code from..to} would delete an offending statement. */
    public boolean touches(int from, int to) {
        return lines.stream().anyMatch(l -> l >= from && l <= to);
    }
}
