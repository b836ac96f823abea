package io.jpar.processor.analysis;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.LabeledStmt;
import com.github.javaparser.ast.stmt.Statement;
import java.util.Optional;

/**
 * A row of an array named by a local declared just before the loop, {@code double[] pivot = a[k];}, as LU
 * factorization has it: in the loop, {@code pivot[c]} is {@code a[k][c]}, so the dependence test sees which row it
 * is instead of the run-time overlap check finding row k of {@code a} in it. Only where nothing can change the row
 * in between: the declaration is one of the local declarations that directly precede the loop, none of which
 * calls, creates or assigns anything; the local is assigned nowhere else; the row index does not change in the loop.
 */
final class RowAlias {

    private RowAlias() {
    }

    /** The row {@code use} names ({@code a[k]}), or empty when it is not such an alias. */
    static Optional<ArrayAccessExpr> of(NameExpr use, LoopScope scope) {
        Optional<Node> decl = scope.declaration(use);
        if (decl.isEmpty() || !(decl.get() instanceof VariableDeclarator v) || !v.getType().isArrayType()
                || v.getInitializer().isEmpty() || !(Ast.unwrap(v.getInitializer().get()) instanceof ArrayAccessExpr row)
                || !(v.getParentNode().orElse(null) instanceof VariableDeclarationExpr d)
                || !(d.getParentNode().orElse(null) instanceof ExpressionStmt declared)) {
            return Optional.empty();
        }
        Expression base = row;
        while (Ast.unwrap(base) instanceof ArrayAccessExpr a) {
            if (Invariance.whyVariant(a.getIndex(), scope).isPresent() || effects(a.getIndex())) {
                return Optional.empty();
            }
            base = a.getName();
        }
        if (!(Ast.unwrap(base) instanceof NameExpr array)
                || (scope.kind(array) != NameKind.OUTER_LOCAL && scope.kind(array) != NameKind.FIELD)
                || !justBefore(declared, scope.loop()) || Scopes.assigned(v, v.getNameAsString(), null)) {
            return Optional.empty();
        }
        return Optional.of(row);
    }

    /** Whether only side-effect-free local declarations stand between {@code declared} and the loop. */
    private static boolean justBefore(ExpressionStmt declared, Node loop) {
        Node statement = loop.getParentNode().orElse(null) instanceof LabeledStmt l ? l : loop;
        if (!(declared.getParentNode().orElse(null) instanceof BlockStmt block)
                || statement.getParentNode().orElse(null) != block) {
            return false;
        }
        int from = block.getStatements().indexOf(declared);
        int to = block.getStatements().indexOf((Statement) statement);
        if (from < 0 || to <= from) {
            return false;
        }
        for (int k = from; k < to; k++) {
            Statement s = block.getStatement(k);
            if (!(s instanceof ExpressionStmt e && e.getExpression() instanceof VariableDeclarationExpr) || effects(s)) {
                return false;
            }
        }
        return true;
    }

    private static boolean effects(Node n) {
        return n.findFirst(Node.class, x -> x instanceof MethodCallExpr || x instanceof ObjectCreationExpr
                || x instanceof AssignExpr || (x instanceof UnaryExpr u && LoopScope.isIncrement(u))).isPresent();
    }

}
