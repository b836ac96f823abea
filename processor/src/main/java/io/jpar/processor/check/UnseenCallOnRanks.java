package io.jpar.processor.check;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import io.jpar.processor.analysis.CallFact;
import io.jpar.processor.analysis.Lines;
import io.jpar.processor.analysis.LoopModel;
import io.jpar.processor.plan.cluster.ClusterPlan;
import io.jpar.processor.plan.cluster.OutsideValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A CLUSTER loop hands an array, a row or an object from outside the loop to a call jpar cannot see into
 * ({@code System.arraycopy(src, 0, out, i * m, m)}, {@code list.add(x)}). On a thread that is only a warning; on a
 * cluster whatever the call changes stays in the other ranks' copies, and rank 0 would silently get back only its
 * own block.
 */
public final class UnseenCallOnRanks {

    private UnseenCallOnRanks() {
    }

    public static List<Refusal> check(ClusterPlan plan, LoopModel loop) {
        Map<String, OutsideValue> moved = plan.values().stream().filter(v -> v.shape() != OutsideValue.Shape.SCALAR)
                .collect(Collectors.toMap(OutsideValue::name, Function.identity(), (a, b) -> a));
        List<Refusal> out = new ArrayList<>();
        for (CallFact c : loop.calls()) {
            if (c.verdict() != CallFact.Verdict.UNKNOWN) {
                continue;
            }
            List<Expression> handed = new ArrayList<>();
            if (c.node() instanceof MethodCallExpr m) {
                m.getScope().ifPresent(handed::add);
                handed.addAll(m.getArguments());
            } else if (c.node() instanceof ObjectCreationExpr o) {
                handed.addAll(o.getArguments());
            }
            for (Expression e : handed) {
                outsideName(e, moved).ifPresent(name -> out.add(new Refusal(UnseenCallOnRanks.class.getSimpleName(), c.line(),
                        Lines.column(c.node()), c.callee() + " at line " + c.line() + " is handed " + name + ", and jpar cannot see"
                        + " whether it changes it: in a cluster job its changes would stay on the rank that ran the iteration",
                        "copy what the loop needs into a primitive array before the loop and write results by index, or use target = CPU")));
            }
        }
        return out;
    }

    /** The outside array, row or object an argument names ({@code out}, {@code rows[i]}, {@code (Object) list}). */
    private static Optional<String> outsideName(Expression e, Map<String, OutsideValue> moved) {
        Node n = e;
        while (n instanceof EnclosedExpr || n instanceof CastExpr) {
            n = n instanceof EnclosedExpr x ? x.getInner() : ((CastExpr) n).getExpression();
        }
        if (n instanceof NameExpr name && moved.containsKey(name.getNameAsString())) {
            return Optional.of("`" + name.getNameAsString() + "`");
        }
        if (n instanceof ArrayAccessExpr a && a.getName() instanceof NameExpr base && moved.containsKey(base.getNameAsString())
                && moved.get(base.getNameAsString()).shape() == OutsideValue.Shape.ROWS) {
            return Optional.of("a row of `" + base.getNameAsString() + "` (" + a + ")");
        }
        return Optional.empty();
    }
}
