package io.jpar.processor.analysis;

import com.github.javaparser.ast.Node;

/** Positions of nodes, as diagnostics show them (1-based; 0 when unknown). */
public final class Lines {

    private Lines() {
    }

    public static int line(Node n) {
        return n.getBegin().map(p -> p.line).orElse(0);
    }

    public static int column(Node n) {
        return n.getBegin().map(p -> p.column).orElse(0);
    }
}
