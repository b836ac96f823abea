package io.jpar.processor.check;

import io.jpar.processor.analysis.LoopModel;
import java.util.List;

/** A reduction variable is updated with two different operators, which cannot be merged. */
public final class MixedReductionOperators implements LoopCheck {

    @Override
    public List<Refusal> check(LoopModel loop) {
        return loop.mixed().stream().map(f -> Refusal.of(getClass(), f)).toList();
    }
}
