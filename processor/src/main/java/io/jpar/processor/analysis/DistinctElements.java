package io.jpar.processor.analysis;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.ForStmt;

/**
 * Whether the elements of a local array of objects are distinct objects by construction: the method creates the
 * array with every dimension given ({@code Particle[] p = new Particle[n]}) and, until the loop is done, stores into
 * it only new objects ({@code p[k] = new Particle(...)}, each evaluation of {@code new} one object in one element),
 * reading it otherwise only by element or {@code .length}. A whole use ({@code init(p)}, {@code q = p}) may only come
 * after the loop and outside every loop around it. Then the run-time check that the elements are distinct is not
 * needed.
 */
public final class DistinctElements {

    private DistinctElements() {
    }

    public static boolean of(String name, ForStmt loop) {
        return Freshness.everyUseOfCreatedArray(name, loop, (use, e, depth, dimensions) -> {
            Node parent = e.getParentNode().orElse(null);
            if (depth == dimensions) {
                // p[k] = q: an object that may already be in p; an element read cannot change p
                return !(parent instanceof AssignExpr a && Ast.unwrap(a.getTarget()) == e
                        && !(a.getOperator() == AssignExpr.Operator.ASSIGN && Ast.unwrap(a.getValue()) instanceof ObjectCreationExpr));
            }
            boolean length = parent instanceof FieldAccessExpr f && f.getScope() == e && f.getNameAsString().equals("length");
            return length || Freshness.afterAndOutside(use, loop);
        });
    }
}
