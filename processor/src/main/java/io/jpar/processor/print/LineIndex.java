package io.jpar.processor.print;

import com.github.javaparser.Position;
import com.github.javaparser.ast.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns JavaParser positions (line, column; parsed with tab size 1 so that a column counts characters) into
 * offsets in the original text, counting line breaks as JavaParser does ({@code \n}, {@code \r\n}, {@code \r}).
 */
public final class LineIndex {

    private final String text;
    private final int[] lineStarts;

    public LineIndex(String text) {
        this.text = text;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '\n' || (c == '\r' && (k + 1 >= text.length() || text.charAt(k + 1) != '\n'))) {
                starts.add(k + 1);
            }
        }
        lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    public String text() {
        return text;
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** The offset of a 1-based line and column. */
    public int offset(Position p) {
        int line = Math.max(1, Math.min(p.line, lineStarts.length));
        return Math.min(text.length(), lineStarts[line - 1] + p.column - 1);
    }

    /** Offset of a node's first character. */
    public int begin(Node n) {
        return offset(n.getBegin().orElseThrow());
    }

    /** Offset just past a node's last character. */
    public int end(Node n) {
        return offset(n.getEnd().orElseThrow()) + 1;
    }

    /** The original text of a node. */
    public String text(Node n) {
        return text.substring(begin(n), end(n));
    }

    /** The 1-based line holding an offset. */
    public int lineOf(int offset) {
        int lo = 0;
        int hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo + 1;
    }

    /** The text of a 1-based line, without its line break. */
    public String line(int line) {
        int from = lineStarts[line - 1];
        int to = line < lineStarts.length ? lineStarts[line] : text.length();
        while (to > from && (text.charAt(to - 1) == '\n' || text.charAt(to - 1) == '\r')) {
            to--;
        }
        return text.substring(from, to);
    }
}
