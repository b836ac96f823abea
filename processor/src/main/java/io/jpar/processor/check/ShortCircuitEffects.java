package io.jpar.processor.check;

import io.jpar.processor.analysis.Lines;
import io.jpar.processor.analysis.LoopModel;
import io.jpar.processor.analysis.Quote;
import io.jpar.processor.analysis.SkippedEvaluation;
import java.util.List;

/**
 * A short-circuit reduction ({@code found = found || test(x)}) evaluates something with effects: the sequential
 * loop stops evaluating it once the result is decided, every parallel chunk would still evaluate it.
 */
public final class ShortCircuitEffects implements LoopCheck {

    @Override
    public List<Refusal> check(LoopModel loop) {
        return loop.skipped().stream().map(this::refusal).toList();
    }

    private Refusal refusal(SkippedEvaluation s) {
        String op = s.operator();
        return new Refusal(getClass().getSimpleName(), s.line(), Lines.column(s.at()), Quote.statement(s.at()) + " at line "
                + s.line() + " evaluates something that may have effects or throw (a call, an allocation, an assignment, a "
                + "division, or an array read other than a[" + s.index() + "] in a loop over " + s.index() + " < a.length) that "
                + "the sequential loop skips once " + s.name() + " is " + (op.equals("&&") ? "false" : "true")
                + ", but a parallel chunk would evaluate",
                "write " + s.name() + " " + op.charAt(0) + "= ..., which always evaluates it, or remove @Parallel");
    }
}
