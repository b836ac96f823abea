package io.jpar.processor.check;

import io.jpar.processor.analysis.LoopModel;
import java.util.List;

/** collapse = 2 asked for loops that are not perfectly nested or whose inner bounds depend on the outer index. */
public final class IllegalCollapse implements LoopCheck {

    @Override
    public List<Refusal> check(LoopModel loop) {
        return loop.collapseProblems().stream().map(f -> Refusal.of(getClass(), f)).toList();
    }
}
