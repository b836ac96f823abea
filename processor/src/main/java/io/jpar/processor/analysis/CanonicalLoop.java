package io.jpar.processor.analysis;

import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.ForStmt;
import java.util.Optional;

/**
 * A for-loop in the form jpar can split: {@code for (T i = first; i REL limit; i += step)}.
 *
 * @param loop       the statement
 * @param index      the index's declarator
 * @param type       {@code int} or {@code long}
 * @param first      the initializer
 * @param relation   the condition, index on the left
 * @param limit      the other side of the condition
 * @param step       the step as Java source, signed ({@code 1}, {@code -1}, {@code -(k)}, {@code c})
 * @param updateText the loop's update as written ({@code i++})
 */
public record CanonicalLoop(ForStmt loop, VariableDeclarator index, JavaType type, Expression first, Relation relation,
                            Expression limit, String step, String updateText) {

    public String name() {
        return index.getNameAsString();
    }

    /** Whether the index is a local of the method declared before the loop: {@code int i; for (i = 0; ...)}. */
    public boolean indexOutside() {
        return !Scopes.within(index, loop);
    }

    /** The header as written: {@code for (int i = 2; i < n; i++)}. */
    public String headerText() {
        return "for (" + (indexOutside() ? "" : type + " ") + name() + " = " + first + "; " + name() + " " + relation.symbol() + " " + limit
                + "; " + updateText + ")";
    }

    /**
     * Whether every value of the index lies in {@code 0 .. m-1}: from a literal {@code >= 0} up while {@code < m},
     * or from {@code m - 1} down while {@code >= c} ({@code c >= 0}) or {@code > c} ({@code c >= -1}), by a literal
     * step. Then {@code i * m + j} is injective in i: row i owns the elements {@code i*m .. i*m+m-1}.
     */
    public boolean withinZeroTo(Expression m) {
        String bound = Ast.unwrap(m).toString();
        Optional<Long> start = literal(first);
        Optional<Long> end = literal(limit);
        if (step.matches("[1-9][0-9]*")) {
            return relation == Relation.LT && start.isPresent() && start.get() >= 0 && Ast.unwrap(limit).toString().equals(bound);
        }
        if (step.matches("-[1-9][0-9]*") && Ast.unwrap(first) instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.MINUS
                && Ast.unwrap(b.getLeft()).toString().equals(bound) && b.getRight().toString().equals("1") && end.isPresent()) {
            return (relation == Relation.GE && end.get() >= 0) || (relation == Relation.GT && end.get() >= -1);
        }
        return false;
    }

    /** The value of an int literal, possibly negated: {@code 3}, {@code -1}. */
    private static Optional<Long> literal(Expression e) {
        Expression x = Ast.unwrap(e);
        boolean negative = false;
        if (x instanceof UnaryExpr u && u.getOperator() == UnaryExpr.Operator.MINUS) {
            negative = true;
            x = Ast.unwrap(u.getExpression());
        }
        if (!(x instanceof IntegerLiteralExpr i)) {
            return Optional.empty();
        }
        try {
            long v = i.asNumber().longValue();
            return Optional.of(negative ? -v : v);
        } catch (RuntimeException overflow) {
            return Optional.empty();
        }
    }
}
