package io.jpar.processor.check;

import io.jpar.processor.analysis.LoopModel;
import io.jpar.processor.plan.Prepared;
import io.jpar.processor.plan.cluster.ClusterPlan;
import io.jpar.processor.plan.cluster.ClusterPlanner;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Why a loop that could run on CPU threads cannot run as a CLUSTER job: it needs state that the other JVMs do not
 * have ({@code this}, static fields), or data that cannot be split by block and brought back (objects written,
 * arrays written at indices other than the distributed one, rows replaced, reductions of objects).
 */
public final class ClusterChecks {

    private ClusterChecks() {
    }

    public static TargetChecks.Outcome check(LoopModel loop) {
        List<Refusal> out = new ArrayList<>();
        out.addAll(new ThisOnRanks().check(loop));
        out.addAll(new StaticStateOnRanks().check(loop));
        out.addAll(new LastValueOnRanks().check(loop));
        out.addAll(new FieldReductionOnRanks().check(loop));
        out.addAll(CounterOffCpu.check(loop, "a cluster job"));
        out.addAll(ScratchOffCpu.check(loop, "a cluster job"));
        ClusterPlan plan = ClusterPlanner.plan(loop);
        out.addAll(UnknownValueOnRanks.check(plan));
        out.addAll(ObjectArrayWrite.check(plan));
        out.addAll(UngatherableWrite.check(plan));
        out.addAll(RowReplacement.check(plan));
        out.addAll(ObjectReduction.check(plan, loop));
        out.addAll(UnseenCallOnRanks.check(plan, loop));
        out.sort(Comparator.comparingInt(Refusal::line).thenComparingInt(Refusal::column));
        return new TargetChecks.Outcome(List.copyOf(out), out.isEmpty() ? Prepared.cluster(plan) : null);
    }
}
