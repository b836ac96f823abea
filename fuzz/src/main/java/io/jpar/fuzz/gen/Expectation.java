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
 * @param mention empty, or a pattern (case ignored) that the error on one of {@code lines} must contain: a refusal
 *                that only a target makes must say so ({@code cluster}, {@code GPU|OpenCL}), not be some other error
 */
public record Expectation(boolean legal, Set<Integer> lines, String reason, String mention) {

    public Expectation {
        lines = Set.copyOf(new TreeSet<>(lines));
    }

    public static Expectation accept() {
        return new Expectation(true, Set.of(), "", "");
    }

    public static Expectation refuse(Set<Integer> lines, String reason) {
        return new Expectation(false, lines, reason, "");
    }

    /** A refusal that only the target makes: an error on one of {@code lines} must match {@code mention}. */
    public static Expectation refuse(Set<Integer> lines, String reason, String mention) {
        return new Expectation(false, lines, reason, mention);
    }

    /** Whether an error's message says what this expectation asks for. */
    public boolean mentionedBy(String message) {
        return mention.isEmpty() || java.util.regex.Pattern.compile(mention, java.util.regex.Pattern.CASE_INSENSITIVE).matcher(message).find();
    }

    /** The expectation after lines {@code from..to} (1-based, inclusive) were deleted from the program. */
    public Expectation afterDeleting(int from, int to) {
        Set<Integer> moved = new TreeSet<>();
        int removed = to - from + 1;
        for (int line : lines) {
            moved.add(line > to ? line - removed : line);
        }
        return new Expectation(legal, moved, reason, mention);
    }

    /** True when deleting lines {@code from..to} would delete an offending statement. */
    public boolean touches(int from, int to) {
        return lines.stream().anyMatch(l -> l >= from && l <= to);
    }
}
