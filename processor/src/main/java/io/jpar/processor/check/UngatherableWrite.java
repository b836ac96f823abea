package io.jpar.processor.check;

import io.jpar.processor.analysis.Lines;
import io.jpar.processor.plan.cluster.ClusterPlan;
import io.jpar.processor.plan.cluster.Unmovable;
import java.util.List;

/**
 * A CLUSTER loop writes an array at an index that is not {@code i + k} (or {@code k - i}) with {@code i} the
 * distributed index and {@code k} known before the loop: {@code c[i * m + j]}, {@code c[r][i]}, a 3-D array. No
 * rank's block of elements can be named, so the results cannot be gathered back to rank 0.
 */
public final class UngatherableWrite {

    private UngatherableWrite() {
    }

    public static List<Refusal> check(ClusterPlan plan) {
        String i = plan.distributed();
        return plan.problems().stream().filter(p -> p.kind() == Unmovable.Kind.UNGATHERABLE_WRITE)
                .map(p -> new Refusal(UngatherableWrite.class.getSimpleName(), Lines.line(p.at()), Lines.column(p.at()),
                        p.detail() + " at line " + Lines.line(p.at()) + " writes " + p.name() + " at an index that is not " + i + " or "
                                + i + " + k (k set before the loop), so a cluster job cannot bring each rank's block of " + p.name()
                                + " back to rank 0",
                        "index it by " + i + " first (" + p.name() + "[" + i + "], or " + p.name() + "[" + i + "][j] for rows of a 2-D array)"
                                + " with any offset computed into a local before the loop, or use target = CPU"))
                .toList();
    }
}
