package io.jpar.processor.check;

import io.jpar.processor.analysis.LoopModel;
import io.jpar.processor.analysis.ParallelAnnotation;
import java.util.List;

/** One reason a loop cannot run in parallel. Each implementation looks for one problem and names it. */
public interface LoopCheck {

    List<Refusal> check(LoopModel loop);

    /** Every loop check, in the order their refusals are most useful to read, for a loop with these attributes. */
    static List<LoopCheck> all(ParallelAnnotation attributes) {
        return List.of(new RedeclaredLocal(), new NotCanonicalLoop(), new IllegalCollapse(), new IndexWrittenInBody(), new EscapingControlFlow(),
                new FieldWrite(), new OuterLocalWrite(), new ShortCircuitEffects(), new ReductionVariableRead(), new MixedReductionOperators(),
                new LoopCarriedDependence(), new ElementFieldAlias(), new UnsafeCall(), new UnseenCall(attributes), new UnknownVariableType());
    }
}
