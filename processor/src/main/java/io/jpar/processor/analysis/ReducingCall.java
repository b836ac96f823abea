package io.jpar.processor.analysis;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.expr.MethodCallExpr;

/**
 * A call of a method of the loop's class whose only shared writes are updates of field reductions
 * ({@code void record(double v) { total += v; }}): the generated chunk calls its own copy of the method,
 * {@code copy}, which updates the block's partials instead of the fields; see {@link CalleeReductions}.
 */
public record ReducingCall(MethodCallExpr call, MethodDeclaration callee, String copy) {
}
