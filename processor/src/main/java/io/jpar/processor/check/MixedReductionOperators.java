package io.jpar.processor.check;

import io.jpar.processor.analysis.LoopModel;
import io.jpar.processor.analysis.ReductionUpdates;
import java.util.ArrayList;
import java.util.List;

/** A reduction variable is updated with two different operators, whose partial results cannot be merged. */
public final class MixedReductionOperators implements LoopCheck {

    @Override
    public List<Refusal> check(LoopModel loop) {
        List<Refusal> out = new ArrayList<>();
        for (ReductionUpdates u : loop.updates()) {
            ReductionUpdates.Update first = u.updates().get(0);
            // the first update with another operator: the one that breaks the reduction
            u.updates().stream()
                    .filter(x -> !ReductionUpdates.family(x.operator()).equals(ReductionUpdates.family(first.operator())))
                    .findFirst()
                    .ifPresent(x -> out.add(new Refusal(getClass().getSimpleName(), x.line(),
                            io.jpar.processor.analysis.Lines.column(x.node()), u.name() + " is updated with " + first.operator()
                            + " at line " + first.line() + " and with " + x.operator() + " at line " + x.line(),
                            "use one operator for a reduction variable")));
        }
        return out;
    }
}
