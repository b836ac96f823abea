package io.jpar.processor.print;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Applies text edits to the original text of a file, leaving every other character as it was: no
 * pretty-printing, so comments, spacing and line numbers of unchanged code survive.
 */
public final class SourceRewriter {

    private SourceRewriter() {
    }

    /**
     * @throws IllegalArgumentException when two edits overlap or an edit changes the number of line breaks
     *                                  (both are jpar bugs, reported as internal errors by the caller)
     */
    public static String apply(String original, List<TextEdit> edits) {
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(TextEdit::begin).thenComparingInt(TextEdit::end));
        StringBuilder out = new StringBuilder(original.length() + 256 * sorted.size());
        int at = 0;
        for (TextEdit e : sorted) {
            if (e.begin() < at) {
                throw new IllegalArgumentException("overlapping edits at offset " + e.begin());
            }
            String replaced = original.substring(e.begin(), e.end());
            if (lineBreaks(replaced) != lineBreaks(e.replacement())) {
                throw new IllegalArgumentException("an edit at offset " + e.begin() + " would move lines");
            }
            out.append(original, at, e.begin()).append(e.replacement());
            at = e.end();
        }
        return out.append(original, at, original.length()).toString();
    }

    /** Line breaks as JavaParser counts them: {@code \r\n} is one. */
    public static int lineBreaks(String s) {
        int n = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '\n' || (c == '\r' && (k + 1 >= s.length() || s.charAt(k + 1) != '\n'))) {
                n++;
            }
        }
        return n;
    }

    /**
     * Text that replaces {@code original} keeping its line breaks: {@code first} on the range's first line,
     * {@code last} on its last line, and the original line breaks and indentation in between. When the range
     * has no line break, the result is {@code first + last}.
     */
    public static String spread(String original, String firstPart, String lastPart) {
        String first = firstPart;
        String last = lastPart;
        int firstBreak = -1;
        int lastBreakEnd = -1;
        for (int k = 0; k < original.length(); k++) {
            char c = original.charAt(k);
            if (c == '\n' || c == '\r') {
                if (firstBreak < 0) {
                    firstBreak = k;
                }
                lastBreakEnd = k + 1;
            }
        }
        if (firstBreak < 0) {
            return first + last;
        }
        first = first.stripTrailing();
        last = last.stripLeading();
        // keep only the line breaks and the indentation of the lines in between
        StringBuilder middle = new StringBuilder();
        String between = original.substring(firstBreak, lastBreakEnd);
        boolean lineStart = true;
        for (int k = 0; k < between.length(); k++) {
            char c = between.charAt(k);
            if (c == '\n' || c == '\r') {
                middle.append(c);
                lineStart = true;
            } else if (lineStart && (c == ' ' || c == '\t')) {
                middle.append(c);
            } else {
                lineStart = false;
            }
        }
        String indent = leadingBlanks(original.substring(lastBreakEnd));
        return first + middle + indent + last;
    }

    private static String leadingBlanks(String s) {
        int k = 0;
        while (k < s.length() && (s.charAt(k) == ' ' || s.charAt(k) == '\t')) {
            k++;
        }
        return s.substring(0, k);
    }
}
