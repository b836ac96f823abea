package io.jpar.processor.check;

import io.jpar.processor.analysis.CollapseProblem;
import io.jpar.processor.analysis.Lines;
import io.jpar.processor.analysis.LoopModel;
import java.util.List;

/** collapse = 2 asked for loops that are not perfectly nested or whose inner bounds depend on the outer index. */
public final class IllegalCollapse implements LoopCheck {

    @Override
    public List<Refusal> check(LoopModel loop) {
        return loop.collapseProblems().stream().map(this::refusal).toList();
    }

    private Refusal refusal(CollapseProblem p) {
        String what;
        String fix;
        switch (p.kind()) {
            case NOT_PERFECTLY_NESTED -> {
                what = "collapse = 2 needs two perfectly nested for loops, but the body of the loop at line " + p.line()
                        + " is not just one for loop";
                fix = "remove collapse, or move the other statements into the inner loop";
            }
            case INNER_NOT_CANONICAL -> {
                what = "collapse = 2: " + p.innerForm().what();
                fix = p.innerForm().fix();
            }
            case INNER_START_USES_OUTER, INNER_LIMIT_USES_OUTER -> {
                what = "collapse = 2 needs inner bounds that do not depend on the outer index " + p.outerIndex()
                        + ", but the inner loop's " + (p.kind() == CollapseProblem.Kind.INNER_START_USES_OUTER ? "start " : "limit ")
                        + p.at() + " does";
                fix = "remove collapse (the outer loop alone can run in parallel)";
            }
            case INDEX_DECLARED_OUTSIDE -> {
                what = "collapse = 2 needs both indices declared in their loops";
                fix = "declare them in the loops (for (int i = ...)), or remove collapse";
            }
            default -> {
                what = "collapse = 2 needs int indices";
                fix = "use int indices or remove collapse";
            }
        }
        return new Refusal(getClass().getSimpleName(), p.line(), Lines.column(p.at()), what, fix);
    }
}
