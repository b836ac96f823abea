package io.jpar.processor.check;

import com.github.javaparser.ast.Node;
import io.jpar.processor.analysis.Lines;
import io.jpar.processor.analysis.LoopModel;
import java.util.List;

/** A variable the generated code must declare has a type jpar cannot name (an unresolved var). */
public final class UnknownVariableType implements LoopCheck {

    @Override
    public List<Refusal> check(LoopModel loop) {
        return loop.untyped().stream().map(this::refusal).toList();
    }

    private Refusal refusal(Node use) {
        String name = io.jpar.processor.analysis.Quote.of(use instanceof com.github.javaparser.ast.expr.AssignExpr a ? a.getTarget()
                : use instanceof com.github.javaparser.ast.expr.UnaryExpr u ? u.getExpression() : use);
        return new Refusal(getClass().getSimpleName(), Lines.line(use), Lines.column(use), "jpar cannot tell the type of " + name,
                "declare " + name + " with an explicit type instead of var");
    }
}
