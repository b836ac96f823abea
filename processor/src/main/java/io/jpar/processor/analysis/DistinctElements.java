package io.jpar.processor.analysis;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.stmt.ForStmt;
import java.util.Optional;

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
        Optional<Node> decl = Scopes.declaration(name, loop);
        if (decl.isEmpty() || !(decl.get() instanceof VariableDeclarator v) || v.getInitializer().isEmpty()
                || !(Ast.unwrap(v.getInitializer().get()) instanceof ArrayCreationExpr created)
                || created.getLevels().stream().anyMatch(l -> l.getDimension().isEmpty())) {
            return false;
        }
        Optional<Node> owner = v.findAncestor(Node.class, a -> a instanceof CallableDeclaration<?> || a instanceof LambdaExpr);
        if (owner.isEmpty()) {
            return false;
        }
        int dimensions = created.getLevels().size();
        for (NameExpr use : owner.get().findAll(NameExpr.class, n -> n.getNameAsString().equals(name))) {
            if (Scopes.declaration(name, use).orElse(null) != v) {
                continue;
            }
            Node e = use;
            int depth = 0;
            while (depth < dimensions && e.getParentNode().orElse(null) instanceof ArrayAccessExpr a && a.getName() == e) {
                e = a;
                depth++;
            }
            Node parent = e.getParentNode().orElse(null);
            if (depth == dimensions) {
                if (parent instanceof AssignExpr a && Ast.unwrap(a.getTarget()) == e
                        && !(a.getOperator() == AssignExpr.Operator.ASSIGN && Ast.unwrap(a.getValue()) instanceof ObjectCreationExpr)) {
                    return false;                 // p[k] = q: an object that may already be in p
                }
                continue;                         // an element read: it cannot change p
            }
            boolean length = parent instanceof FieldAccessExpr f && f.getScope() == e && f.getNameAsString().equals("length");
            if (!length && !Freshness.afterAndOutside(use, loop)) {
                return false;
            }
        }
        return true;
    }
}
