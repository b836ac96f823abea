package io.jpar.processor.analysis;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.Expression;

/**
 * A local of the method, declared before the loop, that every iteration assigns before it reads it: each
 * iteration has its own (OpenMP's {@code private}). When code after the loop may read it, it is also
 * {@code lastprivate}: after the loop it holds what the last iteration left in it, as sequentially.
 *
 * @param name        the variable
 * @param type        its declared type
 * @param last        whether its value after the loop is the last iteration's
 * @param declaration where the method declares it
 * @param value       for an array reference assigned once in the iteration, outside any inner statement, from
 *                    names the loop does not assign: what it is assigned ({@code c[i]}, {@code new double[m]});
 *                    null otherwise
 */
public record Privatized(String name, JavaType type, boolean last, Node declaration, Expression value) {
}
