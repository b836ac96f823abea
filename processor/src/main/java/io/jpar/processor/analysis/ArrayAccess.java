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
 */
public record ArrayAccess(String array, String key, Node node, List<Expression> indices, Role role, String operator,
                          String form, boolean statementLevel) {

    /** WHOLE: the array variable used other than by element (passed to a call, assigned), {@code .length} aside. */
    public enum Role { READ, WRITE, UPDATE, WHOLE }

    public boolean writes() {
        return role == Role.WRITE || role == Role.UPDATE;
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
        return s.toString();
    }
}
