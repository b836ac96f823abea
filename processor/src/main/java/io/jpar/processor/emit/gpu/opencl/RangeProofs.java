package io.jpar.processor.emit.gpu.opencl;

import io.jpar.processor.analysis.Ast;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.ForStmt;
import io.jpar.processor.analysis.Scopes;
import java.util.Optional;

/**
 * What the kernel need not check at run time: a divisor that is never zero (a non-zero literal or static final
 * constant, or the index of a for loop that starts at a positive literal, only counts up by a positive literal and
 * is not assigned in its body: {@code for (int d = 2; d * d <= n; d++)}, or the parallel loop's own index), and
 * an index that stays below an array's length ({@code for (int i = 0; i < a.length; i++) ... a[i]}).
 */
final class RangeProofs {

    private RangeProofs() {
    }

    /** The divisor's value when it is a literal, possibly negated. */
    static Optional<Long> literal(Expression e) {
        Expression x = Ast.unwrap(e);
        if (x instanceof NameExpr n && Scopes.declaration(n.getNameAsString(), n).isEmpty()) {
            // a static final constant of the file with a literal value
            return KernelContext.field(n.getNameAsString(), n)
                    .filter(v -> v.getParentNode().orElse(null) instanceof FieldDeclaration f && f.isStatic() && f.isFinal())
                    .flatMap(v -> v.getInitializer()).flatMap(RangeProofs::literal);
        }
        boolean negative = false;
        if (x instanceof UnaryExpr u && u.getOperator() == UnaryExpr.Operator.MINUS) {
            negative = true;
            x = Ast.unwrap(u.getExpression());
        }
        try {
            if (x instanceof IntegerLiteralExpr i) {
                long v = i.asNumber().longValue();
                return Optional.of(negative ? -v : v);
            }
            if (x instanceof LongLiteralExpr l) {
                long v = l.asNumber().longValue();
                return Optional.of(negative ? -v : v);
            }
        } catch (RuntimeException e2) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Whether the divisor is the index of a loop that only takes values >= 1. */
    static boolean positiveIndex(Expression e) {
        return countingUp(e, 1).isPresent();
    }

    /**
     * Whether {@code index} is the index of a loop that counts up from a literal >= 0 while {@code index < array.length}:
     * then {@code array[index]} is always in bounds and needs no check in the kernel.
     */
    static boolean withinLength(Expression index, String array) {
        return countingUp(index, 0).flatMap(ForStmt::getCompare).map(Ast::unwrap)
                .filter(c -> c instanceof BinaryExpr b
                        && b.getOperator() == BinaryExpr.Operator.LESS
                        && Ast.unwrap(b.getLeft()).toString().equals(Ast.unwrap(index).toString())
                        && Ast.unwrap(b.getRight()) instanceof FieldAccessExpr f
                        && f.getNameAsString().equals("length") && f.getScope() instanceof NameExpr a && a.getNameAsString().equals(array))
                .isPresent();
    }

    /** The for loop whose index {@code e} is, when it starts at a literal >= min and only counts up. */
    private static Optional<ForStmt> countingUp(Expression e, long min) {
        if (!(Ast.unwrap(e) instanceof NameExpr n)) {
            return Optional.empty();
        }
        Optional<Node> decl = Scopes.declaration(n.getNameAsString(), n);
        if (decl.isEmpty() || !(decl.get() instanceof VariableDeclarator v) || v.getInitializer().isEmpty()
                || !(v.getParentNode().orElse(null) instanceof VariableDeclarationExpr d)
                || !(d.getParentNode().orElse(null) instanceof ForStmt f)) {
            return Optional.empty();
        }
        Optional<Long> first = literal(v.getInitializer().get());
        if (first.isEmpty() || first.get() < min || f.getUpdate().size() != 1) {
            return Optional.empty();
        }
        String name = v.getNameAsString();
        Expression u = f.getUpdate().get(0);
        boolean up = u instanceof UnaryExpr ux && ux.getExpression() instanceof NameExpr un && un.getNameAsString().equals(name)
                && (ux.getOperator() == UnaryExpr.Operator.POSTFIX_INCREMENT || ux.getOperator() == UnaryExpr.Operator.PREFIX_INCREMENT);
        up |= u instanceof AssignExpr a && a.getOperator() == AssignExpr.Operator.PLUS && a.getTarget() instanceof NameExpr an
                && an.getNameAsString().equals(name) && literal(a.getValue()).filter(s -> s > 0).isPresent();
        return up && !assignedIn(f.getBody(), name) ? Optional.of(f) : Optional.empty();
    }

    private static boolean assignedIn(Node body, String name) {
        boolean assigned = body.findAll(AssignExpr.class).stream()
                .anyMatch(a -> a.getTarget() instanceof NameExpr t && t.getNameAsString().equals(name));
        return assigned || body.findAll(UnaryExpr.class).stream()
                .anyMatch(u -> u.getExpression() instanceof NameExpr t && t.getNameAsString().equals(name)
                        && u.getOperator() != UnaryExpr.Operator.MINUS && u.getOperator() != UnaryExpr.Operator.PLUS
                        && u.getOperator() != UnaryExpr.Operator.LOGICAL_COMPLEMENT && u.getOperator() != UnaryExpr.Operator.BITWISE_COMPLEMENT);
    }

}
