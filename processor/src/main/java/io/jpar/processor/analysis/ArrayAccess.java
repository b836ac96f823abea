package io.jpar.processor.analysis;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;
import java.util.List;

/**
 * One access to an element of an array shared by the iterations.
 *
 * @param array    the array's name as written ({@code a})
 * @param key      identifies the array variable (two names of one variable have one key)
 * @param node     the access ({@code a[i][j]}), or the statement that makes a row alias of it
 * @param indices  the index expressions, outermost first (a row alias {@code r = a[i]} contributes {@code i})
 * @param role     read, plain write, or update ({@code +=}, {@code ++}, ...)
 * @param operator the update's operator ({@code +=}, {@code ++}); null for reads and plain writes
 * @param form     the index in a canonical form when it is injective in the loop index ({@code i + 1}); null
 *                 when it is not
 * @param statementLevel whether an update is a statement of its own (the shape of an array reduction)
 * @param field    for a field of an element ({@code p[i].x}, see {@link ElementFields}): the field's name, and the
 *                 access is one of the array {@code p[].x} of those fields; null for an element itself
 */
public record ArrayAccess(String array, String key, Node node, List<Expression> indices, Role role, String operator,
                          String form, boolean statementLevel, String field) {

    public ArrayAccess(String array, String key, Node node, List<Expression> indices, Role role, String operator,
                       String form, boolean statementLevel) {
        this(array, key, node, indices, role, operator, form, statementLevel, null);
    }

    /** WHOLE: the array variable used other than by element (passed to a call, assigned), {@code .length} aside. */
    public enum Role { READ, WRITE, UPDATE, WHOLE }

    public boolean writes() {
        return role == Role.WRITE || role == Role.UPDATE;
    }

    /** Whether this is a field of an element ({@code p[i].x}) rather than an element. */
    public boolean elementField() {
        return field != null;
    }

    /** How {@code e}, an element or a field of one, is used: the target of an assignment or increment, or read. */
    static Role roleOf(Expression e) {
        Node parent = e.getParentNode().orElse(null);
        if (parent instanceof com.github.javaparser.ast.expr.AssignExpr a && Ast.unwrap(a.getTarget()) == e) {
            return a.getOperator() == com.github.javaparser.ast.expr.AssignExpr.Operator.ASSIGN ? Role.WRITE : Role.UPDATE;
        }
        return parent instanceof com.github.javaparser.ast.expr.UnaryExpr u && LoopScope.isIncrement(u) ? Role.UPDATE : Role.READ;
    }

    /** The operator of the assignment or increment that {@code e} is the target of; null when it is read. */
    static String operatorOf(Expression e) {
        if (roleOf(e) == Role.READ) {
            return null;
        }
        Node parent = e.getParentNode().orElseThrow();
        return parent instanceof com.github.javaparser.ast.expr.AssignExpr a ? a.getOperator().asString()
                : ((com.github.javaparser.ast.expr.UnaryExpr) parent).getOperator().asString();
    }

    /** Whether the assignment or increment of {@code e} is a statement of its own. */
    static boolean statementLevel(Expression e) {
        Node parent = e.getParentNode().orElse(null);
        return parent != null && parent.getParentNode().map(com.github.javaparser.ast.stmt.ExpressionStmt.class::isInstance).orElse(false);
    }

    public int line() {
        return Lines.line(node);
    }

    /** The access as the user wrote it. */
    public String text() {
        StringBuilder s = new StringBuilder(array);
        for (Expression i : indices) {
            s.append('[').append(i).append(']');
        }
        return field == null ? s.toString() : s.append('.').append(field).toString();
    }
}
