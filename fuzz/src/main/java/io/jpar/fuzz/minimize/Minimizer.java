package io.jpar.fuzz.minimize;

import io.jpar.fuzz.gen.Program;
import io.jpar.fuzz.oracle.Verdict;
import io.jpar.fuzz.oracle.ProgramJudge;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Delta debugging on a failing program, line by line (the generator writes one statement per line): deletes
 * statements and whole blocks, unwraps blocks, then shrinks integer literals and replaces parenthesized
 * expressions by {@code 1}, keeping each change only while the judge still gives the same failure. Changes
 * that break the program are rejected the same way (the judge then says something else). Offending lines of an
 * illegal program are never deleted, and their numbers follow the deletions.
 */
public final class Minimizer {

    private static final Pattern LITERAL = Pattern.compile("(?<![\\w.])(\\d+)(?![\\w.])");

    private final ProgramJudge judge;
    private final int maxTrials;
    private int trials;

    public Minimizer(ProgramJudge judge, int maxTrials) {
        this.judge = judge;
        this.maxTrials = maxTrials;
    }

    /** The smallest program found that the judge still fails the same way ({@link Verdict#signature()}). */
    public Program minimize(Program program, Verdict verdict) {
        String failure = verdict.signature();
        trials = 0;
        Program best = program;
        boolean changed = true;
        while (changed && trials < maxTrials) {
            changed = false;
            for (int line = best.lines().size(); line >= 1 && trials < maxTrials; line--) {
                if (line > best.lines().size() || !deletable(best.lines().get(line - 1))) {
                    continue;
                }
                String text = best.lines().get(line - 1).trim();
                // an annotation goes with the declaration after it
                int end = text.startsWith("@") && line < best.lines().size() ? blockEnd(best.lines(), line + 1) : blockEnd(best.lines(), line);
                // a declaration goes with the annotations above it
                int start = line;
                while (start > 1 && best.lines().get(start - 2).trim().startsWith("@")) {
                    start--;
                }
                if (end < 0) {
                    continue;
                }
                if (!best.expectation().touches(start, end) && fails(best.withoutLines(start, end), failure)) {
                    best = best.withoutLines(start, end);
                    changed = true;
                } else if (end > line + 1 && !text.startsWith("@") && !best.expectation().touches(line, line)
                        && !best.expectation().touches(end, end)) {
                    // keep the block's statements, drop the block (if, inner loop)
                    Program unwrapped = best.withoutLines(end, end).withoutLines(line, line);
                    if (fails(unwrapped, failure)) {
                        best = unwrapped;
                        changed = true;
                    }
                }
            }
            for (int line = 1; line <= best.lines().size() && trials < maxTrials; line++) {
                Program simpler = simplifyLine(best, line, failure);
                if (simpler != best) {
                    best = simpler;
                    changed = true;
                }
            }
        }
        return best;
    }

    public int trials() {
        return trials;
    }

    private boolean fails(Program candidate, String failure) {
        trials++;
        return judge.judge(candidate).signature().equals(failure);
    }

    private Program simplifyLine(Program p, int line, String failure) {
        String text = p.lines().get(line - 1);
        // loop headers, their step locals and annotations decide legality (bounds, collapse): shrinking them could turn a legal
        // program into an illegal one that is rightly refused
        if (text.isBlank() || text.trim().startsWith("import") || text.contains(" class ") || text.contains("for (")
                || text.contains("@Parallel") || text.trim().startsWith("int st = ")) {
            return p;
        }
        // parenthesized sub-expressions (not calls, not statement headers) become 1
        for (int open = text.indexOf('('); open >= 0 && trials < maxTrials; open = text.indexOf('(', open + 1)) {
            if (open > 0 && (Character.isJavaIdentifierPart(text.charAt(open - 1)) || text.charAt(open - 1) == ' '
                    && text.substring(0, open).trim().matches(".*\\b(if|for|while|switch)$"))) {
                continue;
            }
            int close = matching(text, open);
            if (close < 0 || close - open < 4) {
                continue;
            }
            String candidate = text.substring(0, open) + "1" + text.substring(close + 1);
            Program simpler = p.withLine(line, candidate);
            if (fails(simpler, failure)) {
                return simplifyLine(simpler, line, failure);
            }
        }
        Matcher m = LITERAL.matcher(text);
        while (m.find() && trials < maxTrials) {
            long value = Long.parseLong(m.group(1).length() > 18 ? "0" : m.group(1));
            for (long smaller : new long[] {0, 1, value / 2}) {
                if (smaller >= value) {
                    continue;
                }
                String candidate = text.substring(0, m.start()) + smaller + text.substring(m.end());
                Program simpler = p.withLine(line, candidate);
                if (fails(simpler, failure)) {
                    return simplifyLine(simpler, line, failure);
                }
            }
        }
        return p;
    }

    private static boolean deletable(String line) {
        String t = line.trim();
        return !t.isEmpty() && !t.startsWith("}") && !t.startsWith("import") && !t.startsWith("public class");
    }

    /** The last line of the statement that starts at {@code line}: itself, or the line closing its block. */
    static int blockEnd(List<String> lines, int line) {
        int depth = 0;
        for (int k = line; k <= lines.size(); k++) {
            for (char ch : lines.get(k - 1).toCharArray()) {
                if (ch == '{') {
                    depth++;
                } else if (ch == '}') {
                    depth--;
                }
            }
            if (depth <= 0) {
                return depth == 0 ? k : -1;
            }
        }
        return -1;
    }

    private static int matching(String text, int open) {
        int depth = 0;
        for (int k = open; k < text.length(); k++) {
            if (text.charAt(k) == '(') {
                depth++;
            } else if (text.charAt(k) == ')' && --depth == 0) {
                return k;
            }
        }
        return -1;
    }
}
