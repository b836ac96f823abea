package io.jpar.processor.check;

import com.github.javaparser.ast.Node;
import io.jpar.processor.analysis.Lines;

/** Two marked loops, one inside the other: only one level of a loop nest runs in parallel (use collapse = 2). */
public final class NestedMarkedLoop {

    private NestedMarkedLoop() {
    }

    public static Refusal check(Node inner, Node outer) {
        return new Refusal(NestedMarkedLoop.class.getSimpleName(), Lines.line(inner), Lines.column(inner),
                "the loop at line " + Lines.line(inner) + " is marked @Parallel inside the loop at line " + Lines.line(outer)
                        + ", which is marked too; a loop inside a parallel loop runs sequentially",
                "mark one of them, or mark the outer one with collapse = 2");
    }
}
