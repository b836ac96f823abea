package io.jpar.processor.analysis;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether an expression has the same value in every iteration of a loop, so that evaluating it once (as the
 * parallel loop does for its limit and step) changes nothing.
 */
public final class Invariance {

    /** Static methods that compute from their arguments only. */
    private static final Set<String> PURE_CLASSES = Set.of("Math", "StrictMath", "java.lang.Math", "java.lang.StrictMath",
            "Integer", "Long", "Double", "Float", "Short", "Byte", "Character");

    private Invariance() {
    }

    /** Why {@code e} may change from one iteration to the next; empty when it cannot. */
    public static Optional<String> whyVariant(Expression e, LoopScope scope) {
        List<Node> nodes = e.findAll(Node.class);
        for (Node n : nodes) {
            if (n instanceof NameExpr name) {
                NameKind kind = scope.kind(name);
                if (kind == NameKind.INDEX) {
                    return Optional.of("it depends on the index " + name);
                }
                if (kind == NameKind.BODY_LOCAL) {
                    return Optional.of(name + " is declared in the loop");
                }
                List<Node> writes = scope.writesOf(name);
                if (!writes.isEmpty()) {
                    return Optional.of(name + " is assigned in the loop at line " + Lines.line(writes.get(0)));
                }
            } else if (n instanceof AssignExpr || (n instanceof UnaryExpr u && LoopScope.isIncrement(u))) {
                return Optional.of("it assigns a variable");
            } else if (n instanceof ObjectCreationExpr) {
                return Optional.of("it creates an object");
            } else if (n instanceof MethodCallExpr call) {
                boolean pure = call.getScope().map(s -> PURE_CLASSES.contains(s.toString())
                        && !(s instanceof NameExpr sn && scope.kind(sn) != NameKind.FIELD)).orElse(false);
                if (!pure) {
                    return Optional.of("it calls " + call.getNameAsString() + "(), which the loop would evaluate once"
                            + " instead of every iteration");
                }
            } else if (n instanceof ArrayAccessExpr a) {
                Expression base = a.getName();
                if (base instanceof NameExpr bn && scope.kind(bn) == NameKind.BODY_LOCAL) {
                    return Optional.of(bn + " is declared in the loop");
                }
            }
        }
        return Optional.empty();
    }
}
