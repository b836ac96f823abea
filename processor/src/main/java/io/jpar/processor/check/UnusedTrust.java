package io.jpar.processor.check;

import io.jpar.processor.analysis.CallFact;
import io.jpar.processor.analysis.LoopModel;
import io.jpar.processor.analysis.ParallelAnnotation;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code trust} entry that vouches for no call jpar cannot see into: a typo, or a method jpar reads or knows
 * anyway. Reported so that a misspelt name does not look like a vouched call, and so that trust does not outlive
 * the call it was written for.
 */
public final class UnusedTrust {

    private UnusedTrust() {
    }

    /**
     * @param models the analysed loops of the method, each with its effective attributes; entries are only judged
     *               when every loop was analysed (a loop refused early has no call facts)
     */
    public static List<Refusal> check(ParallelAnnotation a, List<LoopModel> models, boolean allAnalysed) {
        List<Refusal> out = new ArrayList<>();
        if (!allAnalysed) {
            return out;
        }
        for (String entry : a.trust()) {
            ParallelAnnotation only = new ParallelAnnotation(a.node(), null, null, null, null, null, false, List.of(entry),
                    List.of());
            boolean used = models.stream().flatMap(m -> m.calls().stream())
                    .anyMatch(c -> c.verdict() == CallFact.Verdict.UNKNOWN && UnseenCall.trusted(only, c));
            if (!used) {
                out.add(new Refusal(UnusedTrust.class.getSimpleName(), a.line(), UnsupportedTarget.column(a),
                        "trust names " + entry + ", but no call in the parallel loops is one jpar cannot see into by that"
                                + " name", "check the spelling (Type.method, as in the call), or remove it: calls"
                                + " jpar reads or knows need no trust"));
            }
        }
        return out;
    }
}
