package io.jpar.processor.check;

import io.jpar.processor.analysis.LoopModel;
import io.jpar.processor.analysis.NameKind;
import io.jpar.processor.analysis.ScalarWrite;
import java.util.ArrayList;
import java.util.List;

/** The body assigns a field: iterations running at the same time would race on it. */
public final class FieldWrite implements LoopCheck {

    @Override
    public List<Refusal> check(LoopModel loop) {
        List<Refusal> out = new ArrayList<>();
        for (ScalarWrite w : loop.writes()) {
            if (w.kind() == NameKind.FIELD) {
                out.add(new Refusal(getClass().getSimpleName(), w.line(), IndexWrittenInBody.column(w), "the field " + w.name()
                        + " is assigned in the loop body at line " + w.line() + ", and iterations running at the same time would race on it",
                        "accumulate into a local declared before the loop (a reduction) and assign the field after the loop, or remove @Parallel"));
            }
        }
        return out;
    }
}
