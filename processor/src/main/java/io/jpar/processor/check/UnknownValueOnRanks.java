package io.jpar.processor.check;

import io.jpar.processor.analysis.Lines;
import io.jpar.processor.plan.cluster.ClusterPlan;
import io.jpar.processor.plan.cluster.Unmovable;
import java.util.List;

/**
 * A CLUSTER loop reads a value whose type (or meaning) jpar cannot tell: it cannot declare it as a field of the
 * chunk that travels to the other ranks.
 */
public final class UnknownValueOnRanks {

    private UnknownValueOnRanks() {
    }

    public static List<Refusal> check(ClusterPlan plan) {
        return plan.problems().stream().filter(p -> p.kind() == Unmovable.Kind.UNKNOWN_VALUE)
                .map(p -> new Refusal(UnknownValueOnRanks.class.getSimpleName(), Lines.line(p.at()), Lines.column(p.at()),
                        p.detail(), "declare it with an explicit type (not var), or use target = CPU"))
                .toList();
    }
}
