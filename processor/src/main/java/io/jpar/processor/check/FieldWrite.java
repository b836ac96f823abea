package io.jpar.processor.check;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import io.jpar.processor.analysis.Ast;
import io.jpar.processor.analysis.LoopModel;
import io.jpar.processor.analysis.NameKind;
import io.jpar.processor.analysis.ScalarWrite;
import io.jpar.processor.analysis.Scopes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.List;

/** The body assigns a field: iterations running at the same time would race on it. */
public final class FieldWrite implements LoopCheck {

    @Override
    public List<Refusal> check(LoopModel loop) {
        List<Refusal> out = new ArrayList<>();
        Set<Node> reduced = Collections.newSetFromMap(new IdentityHashMap<>());
        loop.reductions().forEach(r -> reduced.addAll(r.targets()));
        for (ScalarWrite w : loop.writes()) {
            if (reduced.contains(target(w.node()))) {
                continue; // a reduction into the field: each block updates its own partial
            }
            Expression object = objectWritten(w.node());
            if (w.kind() == NameKind.FIELD && object != null) {
                // a local made before the loop may be a scratch object, each block's own: say why this one is not
                String scratch = notScratch(object, loop);
                out.add(new Refusal(getClass().getSimpleName(), w.line(), IndexWrittenInBody.column(w), "the field " + w.name()
                        + " is assigned in the loop body at line " + w.line() + ", and " + object + " may be an object other"
                        + " iterations reach too: jpar keeps an object to one iteration only when every value the iteration"
                        + " gives " + object + " is one it creates (new, or a static, private or final method returning new"
                        + " objects)" + scratch, "create the object in the iteration before writing its fields, or write the result into"
                        + " an array by the loop index"));
            } else if (w.kind() == NameKind.FIELD) {
                out.add(new Refusal(getClass().getSimpleName(), w.line(), IndexWrittenInBody.column(w), "the field " + w.name()
                        + " is assigned in the loop body at line " + w.line() + ", and iterations running at the same time would race on it"
                        + notScratch(scopeOf(w.node()), loop),
                        "accumulate into a local declared before the loop (a reduction) and assign the field after the loop, or remove @Parallel"));
            }
        }
        return out;
    }

    /** Why {@code object}, a local or field made before the loop, is no scratch object of each thread's; empty if none. */
    private static String notScratch(Expression object, LoopModel loop) {
        return object == null ? "" : loop.scratch().not().stream()
                .filter(n -> io.jpar.processor.analysis.ScratchObjects.names(object, Set.of(n.declaration())))
                .map(n -> "; nor is " + object + " a scratch object that each thread could have a copy of: " + n.why()).findFirst().orElse("");
    }

    private static Expression scopeOf(Node write) {
        Expression target = target(write);
        return target instanceof FieldAccessExpr f ? f.getScope() : null;
    }

    /** The local or element ({@code v}, {@code vs[k]}) whose field an assignment writes; null for fields of this or of a class. */
    private static Expression target(Node write) {
        Expression target = write instanceof AssignExpr a ? a.getTarget()
                : write instanceof UnaryExpr u ? u.getExpression() : null;
        return target == null ? null : Ast.unwrap(target);
    }

    private static Expression objectWritten(Node write) {
        Expression target = target(write);
        if (target == null || !(Ast.unwrap(target) instanceof FieldAccessExpr f)) {
            return null;
        }
        Expression base = f.getScope();
        while (base instanceof ArrayAccessExpr x) {
            base = x.getName();
        }
        return base instanceof NameExpr n && Scopes.declaration(n.getNameAsString(), n).isPresent() ? f.getScope() : null;
    }
}
