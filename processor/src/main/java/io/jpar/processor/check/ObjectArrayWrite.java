package io.jpar.processor.check;

import io.jpar.processor.analysis.Lines;
import io.jpar.processor.plan.cluster.ClusterPlan;
import io.jpar.processor.plan.cluster.Unmovable;
import java.util.List;

/**
 * A CLUSTER loop writes elements of an array of objects (or of a 3-D array): a cluster job gathers primitive
 * arrays and rows of them by block; objects travel only to the ranks, serialized, and what a rank writes into
 * its copy would be lost.
 */
public final class ObjectArrayWrite {

    private ObjectArrayWrite() {
    }

    public static List<Refusal> check(ClusterPlan plan) {
        return plan.problems().stream().filter(p -> p.kind() == Unmovable.Kind.OBJECT_ARRAY_WRITE)
                .map(p -> new Refusal(ObjectArrayWrite.class.getSimpleName(), Lines.line(p.at()), Lines.column(p.at()),
                        p.at() + " at line " + Lines.line(p.at()) + " writes an element of " + p.name() + " (" + p.detail() + ")"
                                + "; a cluster job brings back only arrays of primitives"
                                + " (T[] and rows of T[][]), and a rank's writes into its copy of an object would be lost",
                        "store the results in an array of primitives indexed by the loop index, or use target = CPU"))
                .toList();
    }
}
