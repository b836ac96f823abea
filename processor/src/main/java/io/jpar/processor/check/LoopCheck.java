package io.jpar.processor.check;

import io.jpar.processor.analysis.LoopModel;
import java.util.List;

/** One reason a loop cannot run in parallel. Each implementation looks for one problem and names it. */
public interface LoopCheck {

    List<Refusal> check(LoopModel loop);

    /** Every loop check, in the order their refusals are most useful to read. */
    static List<LoopCheck> all() {
        return List.of(new NotCanonicalLoop(), new IllegalCollapse(), new IndexWrittenInBody(), new EscapingControlFlow(),
                new FieldWrite(), new OuterLocalWrite(), new ReductionVariableRead(), new MixedReductionOperators(),
                new LoopCarriedDependence(), new UnsafeCall(), new UnknownVariableType());
    }
}
