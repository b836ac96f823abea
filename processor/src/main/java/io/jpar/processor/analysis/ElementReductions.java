package io.jpar.processor.analysis;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Commutative updates of a field of the elements of an array of objects at any index: the pair loops of molecular
 * dynamics and of finite elements ({@code q[i].f += g; q[j].f -= g;}), where two iterations update one element.
 * When every access of the field in the loop is such an update with one operator, each block adds into an array of
 * partials, one per element, the blocks' arrays are merged in block order, and the sums are added to the elements
 * after the loop: what array reductions do for {@code h[k] += v}, with the field of the elements as the array.
 *
 * <p>Two elements that are one object need no check: each gets the updates made at its index, which the fold
 * applies to the object twice, as the sequential loop does. Elements whose partial stayed the identity are left
 * alone, so an element that no iteration updates may be null.
 */
public final class ElementReductions {

    private ElementReductions() {
    }

    /** The reduction of {@code group}, the accesses of one field array ({@code q#f}); empty when it is none. */
    static Optional<Reduction> of(List<ArrayAccess> group, List<ArrayAccess> all, LoopScope scope) {
        // the field through another array's elements (r[k].f) may be an element being summed into: no reduction
        if (all.stream().anyMatch(a -> a.elementField() && a.field().equals(group.get(0).field()) && !a.key().equals(group.get(0).key()))) {
            return Optional.empty();
        }
        String op = null;
        boolean oneForm = true;
        List<Integer> lines = new ArrayList<>();
        List<Expression> targets = new ArrayList<>();
        String array = null;
        for (ArrayAccess a : group) {
            // q[e].f op= v as a statement, q named directly (no alias, no call), e free of effects
            if (a.role() != ArrayAccess.Role.UPDATE || !a.statementLevel() || a.indices().size() != 1
                    || !(a.node() instanceof FieldAccessExpr f) || !(Ast.unwrap(f.getScope()) instanceof ArrayAccessExpr e)
                    || !(Ast.unwrap(e.getName()) instanceof NameExpr n) || !pure(e.getIndex())) {
                return Optional.empty();
            }
            String o = combined(a.operator());
            if (o == null || (op != null && !op.equals(o)) || (array != null && !array.equals(n.getNameAsString()))) {
                return Optional.empty();
            }
            op = o;
            array = n.getNameAsString();
            oneForm &= a.form() != null && a.form().equals(group.get(0).form());
            if (!lines.contains(a.line())) {
                lines.add(a.line());
            }
            targets.add(f);
        }
        if (oneForm) {
            return Optional.empty();              // q[i].f += v alone: each iteration owns its element
        }
        Optional<JavaType> type = fieldType((FieldAccessExpr) group.get(0).node());
        if (type.isEmpty() || !type.get().primitive() || !type.get().numeric()) {
            return Optional.empty();
        }
        String field = group.get(0).field();
        JavaType partials = new JavaType(type.get().element(), 1);
        return Optional.of(new Reduction(array + "$" + field, partials, op, true, List.copyOf(lines), null, List.copyOf(targets),
                new Reduction.ElementTarget(array, field, group.get(0).key(), type.get())));
    }

    /** The operator that combines updates of one kind ({@code -=} and {@code ++} are sums); null for others. */
    public static String combined(String operator) {
        return switch (operator == null ? "" : operator) {
            case "+=", "-=", "++", "--" -> "+";
            case "*=" -> "*";
            case "&=" -> "&";
            case "|=" -> "|";
            case "^=" -> "^";
            default -> null;
        };
    }

    /** An index the generated code may evaluate where the original did, once: no calls, assignments or {@code this}. */
    private static boolean pure(Expression index) {
        for (Node n : index.findAll(Node.class)) {
            if (n instanceof MethodCallExpr || n instanceof AssignExpr || n instanceof ObjectCreationExpr || n instanceof LambdaExpr
                    || n instanceof MethodReferenceExpr || n instanceof SwitchExpr || n instanceof ThisExpr || n instanceof SuperExpr
                    || n instanceof UnaryExpr u && LoopScope.isIncrement(u)) {
                return false;
            }
        }
        return true;
    }

    private static Optional<JavaType> fieldType(FieldAccessExpr f) {
        try {
            return Ast.field(f).filter(r -> !r.isStatic() && r.getType().isPrimitive()).map(r -> JavaType.of(r.getType().describe()));
        } catch (RuntimeException x) {
            return Optional.empty();
        }
    }
}
