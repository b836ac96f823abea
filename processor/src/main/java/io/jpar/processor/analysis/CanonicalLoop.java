package io.jpar.processor.analysis;

import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.stmt.ForStmt;

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
public record CanonicalLoop(ForStmt loop, VariableDeclarator index, String type, Expression first, Relation relation,
                            Expression limit, String step, String updateText) {

    public String name() {
        return index.getNameAsString();
    }

    /** The header as written: {@code for (int i = 2; i < n; i++)}. */
    public String headerText() {
        return "for (" + type + " " + name() + " = " + first + "; " + name() + " " + relation.symbol() + " " + limit
                + "; " + updateText + ")";
    }

    /**
     * Whether the index takes exactly the values {@code 0 .. m-1}, each once: from 0 while {@code < m} by 1, or
     * from {@code m - 1} while {@code >= 0} (or {@code > -1}) by -1. Then {@code i * m + j} is injective in i.
     */
    public boolean coversZeroTo(Expression m) {
        String bound = CanonicalForm.unwrap(m).toString();
        if (step.equals("1")) {
            return relation == Relation.LT && first.toString().equals("0") && CanonicalForm.unwrap(limit).toString().equals(bound);
        }
        if (step.equals("-1") && CanonicalForm.unwrap(first) instanceof BinaryExpr b && b.getOperator() == BinaryExpr.Operator.MINUS
                && CanonicalForm.unwrap(b.getLeft()).toString().equals(bound) && b.getRight().toString().equals("1")) {
            String l = CanonicalForm.unwrap(limit).toString();
            return (relation == Relation.GE && l.equals("0")) || (relation == Relation.GT && l.equals("-1"));
        }
        return false;
    }
}
