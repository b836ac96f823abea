package io.jpar.processor.check;

import io.jpar.processor.analysis.Lines;
import io.jpar.processor.analysis.LoopModel;
import io.jpar.processor.analysis.NonReductionWrite;
import io.jpar.processor.analysis.Quote;
import java.util.List;

/**
 * A local variable of the method, declared before the loop, is assigned in the body in a way that is not a
 * reduction, and the iterations cannot each have their own copy of it.
 */
public final class OuterLocalWrite implements LoopCheck {

    @Override
    public List<Refusal> check(LoopModel loop) {
        return loop.notReductions().stream().map(this::refusal).toList();
    }

    private Refusal refusal(NonReductionWrite w) {
        String name = w.name();
        return new Refusal(getClass().getSimpleName(), w.line(), Lines.column(w.at()), name
                + " is declared outside the loop and assigned at line " + w.line() + " (" + Quote.statement(w.at())
                + ") in a way that is not a reduction"
                + (w.whyNotPrivate() == null ? "" : ", and it is not private to the iteration: " + w.whyNotPrivate()),
                "declare it inside the loop, or update it only as a reduction (+=, -=, *=, &=, |=, ^=, ++, --, "
                        + name + " = " + name + " op e, Math.max/min, if (e > " + name + ") " + name + " = e)");
    }
}
