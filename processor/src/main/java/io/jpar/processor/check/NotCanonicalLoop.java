package io.jpar.processor.check;

import io.jpar.processor.analysis.LoopModel;
import java.util.List;

/** The loop is not in the form jpar can split between threads: for (int i = first; i < limit; i++) with an invariant limit and step. */
public final class NotCanonicalLoop implements LoopCheck {

    @Override
    public List<Refusal> check(LoopModel loop) {
        return loop.notCanonical().stream().map(f -> Refusal.of(getClass(), f)).toList();
    }
}
