package io.jpar.processor.check;

import io.jpar.processor.analysis.LoopModel;
import java.util.List;

/** A reduction variable is also read outside its updates: each thread sees only its partial value there. */
public final class ReductionVariableRead implements LoopCheck {

    @Override
    public List<Refusal> check(LoopModel loop) {
        return loop.readElsewhere().stream().map(f -> Refusal.of(getClass(), f)).toList();
    }
}
