package io.jpar.processor.check;

import io.jpar.processor.analysis.CallFact;
import io.jpar.processor.analysis.LoopModel;
import java.util.List;

/** The body calls a method that writes state shared between iterations (a field, an array it did not create). */
public final class UnsafeCall implements LoopCheck {

    @Override
    public List<Refusal> check(LoopModel loop) {
        return loop.calls().stream()
                .filter(c -> c.verdict() == CallFact.Verdict.UNSAFE)
                .map(c -> new Refusal(getClass().getSimpleName(), c.line(), c.node().getBegin().map(p -> p.column).orElse(0),
                        c.callee() + " called at line " + c.line() + " " + c.detail(),
                        "a method called from a parallel loop must not write state shared between iterations; "
                                + "move that write out of the loop, or remove @Parallel"))
                .toList();
    }
}
