package io.jpar.processor.analysis;

import com.github.javaparser.ast.Node;

/**
 * Something an analysis found that a check may turn into a refusal: where, what (in the user's words, naming
 * lines), and what to do about it.
 */
public record Finding(Node at, String what, String fix) {

    public int line() {
        return Lines.line(at);
    }

    public int column() {
        return Lines.column(at);
    }
}
