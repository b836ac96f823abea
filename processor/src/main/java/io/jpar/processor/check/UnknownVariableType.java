package io.jpar.processor.check;

import io.jpar.processor.analysis.LoopModel;
import java.util.List;

/** A variable the generated code must declare has a type jpar cannot name (an unresolved var). */
public final class UnknownVariableType implements LoopCheck {

    @Override
    public List<Refusal> check(LoopModel loop) {
        return loop.typeProblems().stream().map(f -> Refusal.of(getClass(), f)).toList();
    }
}
