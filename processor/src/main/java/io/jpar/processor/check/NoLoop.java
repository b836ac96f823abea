package io.jpar.processor.check;

import com.github.javaparser.ast.body.CallableDeclaration;
import io.jpar.processor.analysis.Lines;

/** {@code @Parallel} on a method that has no loop jpar could run in parallel. */
public final class NoLoop {

    private NoLoop() {
    }

    public static Refusal check(CallableDeclaration<?> m, int loopsInLambdas) {
        String what = loopsInLambdas > 0
                ? m.getNameAsString() + "() has @Parallel but its only loops are inside lambdas or local classes, which jpar does not rewrite"
                : m.getNameAsString() + "() has @Parallel but no loop";
        return new Refusal(NoLoop.class.getSimpleName(), Lines.line(m.getName()), Lines.column(m.getName()), what,
                "remove @Parallel, or put it on the method that holds the loop");
    }
}
