package io.jpar.processor.analysis;

import com.github.javaparser.ast.body.VariableDeclarator;
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

    /** Whether the loop runs from 0 up to {@code limit} exclusive by 1: the inner loop of {@code a[i * m + j]}. */
    public boolean zeroToLimitByOne() {
        return relation == Relation.LT && first.toString().equals("0") && step.equals("1");
    }
}
