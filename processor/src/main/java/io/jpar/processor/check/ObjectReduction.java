package io.jpar.processor.check;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.NameExpr;
import io.jpar.processor.analysis.Lines;
import io.jpar.processor.analysis.LoopModel;
import io.jpar.processor.plan.cluster.ClusterPlan;
import io.jpar.processor.plan.cluster.Unmovable;
import java.util.List;

/**
 * A CLUSTER loop reduces a value that is not a primitive or a primitive array ({@code String s += ...}, an
 * {@code Integer}): each rank's partial comes back to rank 0 as a typed buffer, which such a value cannot be (a box
 * may be null, and a rank starts from an empty chunk).
 */
public final class ObjectReduction {

    private ObjectReduction() {
    }

    public static List<Refusal> check(ClusterPlan plan, LoopModel loop) {
        return plan.problems().stream().filter(p -> p.kind() == Unmovable.Kind.OBJECT_REDUCTION).map(p -> {
            // the first update of the variable is the construct to point at
            Node at = loop.body().findFirst(NameExpr.class, n -> n.getNameAsString().equals(p.name())).map(Node.class::cast).orElse(p.at());
            int line = Lines.line(at);
            return new Refusal(ObjectReduction.class.getSimpleName(), line, Lines.column(at), "the reduction " + p.name() + " (" + p.detail()
                    + ") updated at line " + line + " cannot come back from the ranks of a cluster job, which reduce primitives"
                    + " and arrays of primitives", "reduce into a primitive (int, not Integer) or a primitive array, or use target = CPU");
        }).toList();
    }
}
