package io.jpar.processor.check;

import io.jpar.processor.analysis.LoopModel;
import java.util.List;

/** A local variable of the method, declared before the loop, is assigned in the body in a way that is not a reduction. */
public final class OuterLocalWrite implements LoopCheck {

    @Override
    public List<Refusal> check(LoopModel loop) {
        return loop.notReductions().stream().map(f -> Refusal.of(getClass(), f)).toList();
    }
}
