package io.jpar.processor.analysis;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.ForStmt;
import java.util.List;
import java.util.Optional;

/**
 * Canonical forms of array indices that are injective in the loop index, so that two iterations never touch
 * the same element: {@code i}, {@code i + c}, {@code c + i}, {@code i - c} ({@code c} loop-invariant),
 * {@code c - i}, {@code i * m + j} where every value of {@code j} lies in {@code 0 .. m-1}; under collapse, {@code [i][j]}.
 * The first index decides: {@code a[i][anything]} belongs to iteration {@code i}.
 */
public final class IndexForms {

    private final LoopScope scope;
    private final String index;
    private final CanonicalLoop inner;

    /**
     * @param inner the collapsed inner loop, or null
     */
    public IndexForms(LoopScope scope, String index, CanonicalLoop inner) {
        this.scope = scope;
        this.index = index;
        this.inner = inner;
    }

    /** The form of an access's indices, or null when it is not injective in the iteration. */
    public String form(List<Expression> indices, Node at) {
        if (indices.isEmpty()) {
            return null;
        }
        if (inner == null) {
            String f = offset(indices.get(0), index);
            if (f == null && indices.size() == 1) {
                f = rowMajor(indices.get(0), at);
            }
            if (f == null) {
                f = withinFixedRow(indices);
            }
            return f;
        }
        if (indices.size() >= 2) {
            String f1 = offset(indices.get(0), index);
            String f2 = offset(indices.get(1), inner.name());
            return f1 == null || f2 == null ? null : "[" + f1 + "][" + f2 + "]";
        }
        return rowMajor(indices.get(0), at);
    }

    /** {@code a[r][i]}: a row that is the same in every iteration, then an injective index. */
    private String withinFixedRow(List<Expression> indices) {
        StringBuilder prefix = new StringBuilder();
        for (Expression e : indices) {
            String f = offset(e, index);
            if (f != null) {
                return prefix + "[" + f + "]";
            }
            if (!invariant(e)) {
                return null;
            }
            prefix.append('[').append(e).append(']');
        }
        return null;
    }

    /** {@code i}, {@code i + c}, {@code i - c} as "i", "i + c", "i - c"; null otherwise. */
    private String offset(Expression e, String name) {
        Expression x = Ast.unwrap(e);
        if (CanonicalForm.isName(x, name)) {
            return name;
        }
        if (x instanceof BinaryExpr b) {
            if (b.getOperator() == BinaryExpr.Operator.PLUS) {
                if (CanonicalForm.isName(b.getLeft(), name) && invariant(b.getRight())) {
                    return name + " + " + b.getRight();
                }
                if (CanonicalForm.isName(b.getRight(), name) && invariant(b.getLeft())) {
                    return name + " + " + b.getLeft();
                }
            }
            if (b.getOperator() == BinaryExpr.Operator.MINUS && CanonicalForm.isName(b.getLeft(), name) && invariant(b.getRight())) {
                return name + " - " + b.getRight();
            }
            // c - i: a mirror image, injective too
            if (b.getOperator() == BinaryExpr.Operator.MINUS && CanonicalForm.isName(b.getRight(), name) && invariant(b.getLeft())) {
                return b.getLeft() + " - " + name;
            }
        }
        return null;
    }

    /** {@code i * m + j} (either operand order) with j an inner index whose values all lie in 0 .. m-1. */
    private String rowMajor(Expression e, Node at) {
        Expression x = Ast.unwrap(e);
        if (!(x instanceof BinaryExpr sum) || sum.getOperator() != BinaryExpr.Operator.PLUS) {
            return null;
        }
        for (int side = 0; side < 2; side++) {
            Expression product = Ast.unwrap(side == 0 ? sum.getLeft() : sum.getRight());
            Expression other = Ast.unwrap(side == 0 ? sum.getRight() : sum.getLeft());
            if (!(product instanceof BinaryExpr p) || p.getOperator() != BinaryExpr.Operator.MULTIPLY
                    || !(other instanceof NameExpr j)) {
                continue;
            }
            Expression m;
            if (CanonicalForm.isName(p.getLeft(), index)) {
                m = p.getRight();
            } else if (CanonicalForm.isName(p.getRight(), index)) {
                m = p.getLeft();
            } else {
                continue;
            }
            if (!invariant(m)) {
                continue;
            }
            Optional<CanonicalLoop> runs = innerLoopOf(j, at);
            if (runs.isPresent() && runs.get().withinZeroTo(m)) {
                return index + " * " + m + " + (0 <= j < " + m + ")";
            }
        }
        return null;
    }

    /** The canonical loop whose index {@code j} is: the collapsed inner loop or a loop inside the body. */
    private Optional<CanonicalLoop> innerLoopOf(NameExpr j, Node at) {
        if (inner != null && j.getNameAsString().equals(inner.name())) {
            return Optional.of(inner);
        }
        Optional<Node> decl = Scopes.declaration(j.getNameAsString(), at);
        if (decl.isEmpty()) {
            return Optional.empty();
        }
        Optional<Node> loop = decl.get().getParentNode().flatMap(Node::getParentNode);
        if (loop.isEmpty() || !(loop.get() instanceof ForStmt)) {
            // C style: for (j = 0; j < m; j++) with j declared at the top: the loop around the access that counts j
            loop = LoopScope.countingLoop(decl.get(), at, scope.body()).map(Node.class::cast);
        }
        if (loop.isEmpty() || !(loop.get() instanceof ForStmt f) || !Scopes.within(f, scope.body())) {
            return Optional.empty();
        }
        CanonicalForm.Result r = CanonicalForm.of(f);
        if (!r.ok() || r.loop().index() != decl.get() || !invariant(r.loop().limit())) {
            return Optional.empty();
        }
        // the inner index must not change inside its own body
        boolean written = f.getBody().findAll(Node.class).stream().map(LoopScope::assignedName).flatMap(Optional::stream)
                .anyMatch(n -> Scopes.declaration(n.getNameAsString(), n).map(d -> d == decl.get()).orElse(false));
        return written ? Optional.empty() : Optional.of(r.loop());
    }

    private boolean invariant(Expression e) {
        return !CanonicalForm.mentions(e, index) && (inner == null || !CanonicalForm.mentions(e, inner.name()))
                && Invariance.whyVariant(e, scope).isEmpty();
    }
}
