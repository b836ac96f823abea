package io.jpar.processor.check;

import io.jpar.processor.analysis.Lines;
import io.jpar.processor.analysis.LoopModel;
import java.util.List;

/**
 * A CLUSTER loop reduces into a field ({@code total += v} on a static): every rank runs the program and has its own
 * copy of the field, and only rank 0's would get the result, so the ranks' fields would disagree after the call.
 */
public final class FieldReductionOnRanks implements LoopCheck {

    @Override
    public List<Refusal> check(LoopModel loop) {
        return loop.reductions().stream().filter(r -> r.field() != null).map(r -> new Refusal(getClass().getSimpleName(),
                r.lines().get(0), Lines.column(r.targets().get(0)), "the field " + r.field() + " is updated as a reduction ("
                + r.operator() + ") at line " + r.lines().get(0) + ", and each rank of a cluster job has its own copy of it",
                "accumulate into a local declared before the loop and assign the field after it, or use target = CPU")).toList();
    }
}
