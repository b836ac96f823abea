package io.jpar.fuzz.gen;

import java.util.ArrayList;
import java.util.List;

/** The text of a program being generated, one statement per line, so that line numbers are known as it grows. */
final class SourceLines {

    private final List<String> lines = new ArrayList<>();

    /** Appends a line indented by {@code indent} levels and returns its 1-based number. */
    int add(int indent, String text) {
        lines.add("    ".repeat(indent) + text);
        return lines.size();
    }

    List<String> lines() {
        return lines;
    }
}
