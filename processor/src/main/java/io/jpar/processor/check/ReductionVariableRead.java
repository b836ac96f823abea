package io.jpar.processor.check;

import io.jpar.processor.analysis.Lines;
import io.jpar.processor.analysis.LoopModel;
import io.jpar.processor.analysis.ReductionUpdates;
import java.util.ArrayList;
import java.util.List;

/**
 * A variable updated only as a reduction is also read elsewhere in the body: each thread's partial value is not
 * what the sequential loop would read there.
 */
public final class ReductionVariableRead implements LoopCheck {

    @Override
    public List<Refusal> check(LoopModel loop) {
        List<Refusal> out = new ArrayList<>();
        for (ReductionUpdates u : loop.updates()) {
            if (!u.oneOperator() || u.otherReads().isEmpty()) {
                continue;                               // two operators: MixedReductionOperators says so
            }
            var read = u.otherReads().get(0);
            out.add(new Refusal(getClass().getSimpleName(), Lines.line(read), Lines.column(read), u.name() + " is read at line "
                    + Lines.line(read) + " besides its reduction (" + u.updates().get(0).text() + ")",
                    "make it a reduction only, or remove @Parallel"));
        }
        return out;
    }
}
