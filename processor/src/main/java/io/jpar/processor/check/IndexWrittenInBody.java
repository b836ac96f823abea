package io.jpar.processor.check;

import io.jpar.processor.analysis.LoopModel;
import io.jpar.processor.analysis.NameKind;
import io.jpar.processor.analysis.ScalarWrite;
import java.util.ArrayList;
import java.util.List;

/** The body assigns the loop index: the runtime splits the index range, so the body must not move the index. */
public final class IndexWrittenInBody implements LoopCheck {

    @Override
    public List<Refusal> check(LoopModel loop) {
        List<Refusal> out = new ArrayList<>();
        for (ScalarWrite w : loop.writes()) {
            if (w.kind() == NameKind.INDEX) {
                out.add(new Refusal(getClass().getSimpleName(), w.line(), column(w), "the index " + w.name()
                        + " is assigned in the loop body at line " + w.line() + " (" + w.node() + ")",
                        "leave the index alone in the body (use another local), or remove @Parallel"));
            }
        }
        return out;
    }

    static int column(ScalarWrite w) {
        return w.node().getBegin().map(p -> p.column).orElse(0);
    }
}
