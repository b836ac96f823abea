package io.jpar.processor.check;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.LabeledStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import io.jpar.processor.analysis.Lines;
import io.jpar.processor.analysis.LoopModel;
import io.jpar.processor.analysis.Scopes;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code return}, {@code break} out of the loop, or a labelled {@code break}/{@code continue} to a statement
 * outside the body (but for {@code continue} to the loop itself): a parallel loop cannot stop early or jump out,
 * since other iterations already run.
 * (Exceptions are fine: the runtime rethrows the one the sequential loop would have thrown.)
 */
public final class EscapingControlFlow implements LoopCheck {

    @Override
    public List<Refusal> check(LoopModel loop) {
        List<Refusal> out = new ArrayList<>();
        if (!loop.analysed()) {
            return out;
        }
        Node body = loop.body();
        for (Node n : body.findAll(Node.class)) {
            if (!(n instanceof ReturnStmt || n instanceof BreakStmt || n instanceof ContinueStmt) || Scopes.inLambdaOrClass(n, body)) {
                continue;
            }
            String what = null;
            if (n instanceof ReturnStmt) {
                what = "return at line " + Lines.line(n) + " leaves the loop";
            } else if (n instanceof BreakStmt b) {
                if (b.getLabel().isPresent()) {
                    if (!labelInside(b.getLabel().get().asString(), n, body)) {
                        what = "break " + b.getLabel().get() + " at line " + Lines.line(n) + " leaves the loop";
                    }
                } else if (!targetInside(n, body)) {
                    what = "break at line " + Lines.line(n) + " leaves the loop";
                }
            } else {
                ContinueStmt c = (ContinueStmt) n;
                if (c.getLabel().isPresent() && !labelInside(c.getLabel().get().asString(), n, body)
                        && !c.getLabel().get().asString().equals(ownLabel(loop))) {
                    what = "continue " + c.getLabel().get() + " at line " + Lines.line(n) + " jumps outside the loop body";
                }
            }
            if (what != null) {
                out.add(new Refusal(getClass().getSimpleName(), Lines.line(n), Lines.column(n), what,
                        "a parallel loop runs every iteration and cannot stop early; record the condition per iteration "
                                + "(e.g. a boolean reduction) and act on it after the loop, or remove @Parallel"));
            }
        }
        return out;
    }

    /**
     * The label of the loop whose iterations a chunk runs (the inner loop under collapse), or null: {@code continue}
     * to it ends the iteration like a plain {@code continue}, and the chunk's loop keeps the label. Under collapse,
     * a continue to the outer loop would skip the rest of a row that other chunks may be running: refused.
     */
    private static String ownLabel(LoopModel loop) {
        ForStmt split = loop.inner() != null ? loop.inner().loop() : loop.loop();
        return split.getParentNode().orElse(null) instanceof LabeledStmt l ? l.getLabel().asString() : null;
    }

    private static boolean labelInside(String label, Node n, Node body) {
        Node p = n.getParentNode().orElse(null);
        while (p != null && p != body) {
            if (p instanceof LabeledStmt l && l.getLabel().asString().equals(label)) {
                return true;
            }
            p = p.getParentNode().orElse(null);
        }
        return p == body && body instanceof LabeledStmt l && l.getLabel().asString().equals(label);
    }

    /** Whether an unlabelled break ends a loop or switch inside the body. */
    private static boolean targetInside(Node n, Node body) {
        Node p = n.getParentNode().orElse(null);
        while (p != null && p != body) {
            if (p instanceof ForStmt || p instanceof WhileStmt || p instanceof DoStmt || p instanceof ForEachStmt
                    || p instanceof SwitchStmt || p instanceof SwitchExpr) {
                return true;
            }
            p = p.getParentNode().orElse(null);
        }
        return false;
    }
}
