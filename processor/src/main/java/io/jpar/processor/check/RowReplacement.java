package io.jpar.processor.check;

import io.jpar.processor.analysis.Lines;
import io.jpar.processor.plan.cluster.ClusterPlan;
import io.jpar.processor.plan.cluster.Unmovable;
import java.util.List;

/**
 * A CLUSTER loop replaces whole rows of a 2-D array ({@code g[i] = new double[m]}): a cluster job brings rows back
 * element by element into the rows rank 0 already has, so a new row (possibly of another length) cannot come back.
 */
public final class RowReplacement {

    private RowReplacement() {
    }

    public static List<Refusal> check(ClusterPlan plan) {
        return plan.problems().stream().filter(p -> p.kind() == Unmovable.Kind.ROW_REPLACED)
                .map(p -> new Refusal(RowReplacement.class.getSimpleName(), Lines.line(p.at()), Lines.column(p.at()),
                        p.detail() + " at line " + Lines.line(p.at()) + " replaces a row of " + p.name() + "; a cluster job brings rows"
                                + " back element by element into the rows that " + p.name() + " has on rank 0",
                        "write the row's elements (" + p.detail() + "[j] = ...) into rows created before the loop, or use target = CPU"))
                .toList();
    }
}
