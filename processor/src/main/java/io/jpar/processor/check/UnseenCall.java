package io.jpar.processor.check;

import io.jpar.processor.analysis.CallFact;
import io.jpar.processor.analysis.Lines;
import io.jpar.processor.analysis.LoopModel;
import io.jpar.processor.analysis.ParallelAnnotation;
import java.util.List;

/**
 * The body calls code jpar cannot see into (no source, an abstract method) and hands it an object or array the
 * iterations share: the call might change it, and iterations running at once would race. Refused unless the user
 * vouches for the method with {@code @Parallel(trust = "Type.method")}.
 */
public final class UnseenCall implements LoopCheck {

    private final ParallelAnnotation attributes;

    public UnseenCall(ParallelAnnotation attributes) {
        this.attributes = attributes;
    }

    @Override
    public List<Refusal> check(LoopModel loop) {
        return loop.calls().stream()
                .filter(c -> c.verdict() == CallFact.Verdict.UNKNOWN && !trusted(attributes, c))
                .map(c -> new Refusal(getClass().getSimpleName(), c.line(), Lines.column(c.node()), what(c),
                        "hand it only values of the iteration (objects it creates, primitives, strings), or, if it changes"
                                + " nothing that another iteration reads or writes, vouch for it: @Parallel(trust = \""
                                + trustName(c) + "\")"))
                .toList();
    }

    /** Whether the annotation vouches for the call. */
    public static boolean trusted(ParallelAnnotation attributes, CallFact c) {
        return c.type() != null && attributes.trusts(c.type(), c.method());
    }

    private static String what(CallFact c) {
        String callee = c.callee();
        if (c.detail() != null && c.detail().startsWith("called by")) {
            return "jpar cannot see inside " + callee + ", " + c.detail() + " at line " + c.line()
                    + ", so it cannot tell whether it changes state the iterations share";
        }
        String why = c.detail() != null ? " (" + c.detail() + ")" : "";
        return "jpar cannot see inside " + callee + why + ", and it is handed an object or array the iterations share,"
                + " which it might change";
    }

    /** How {@code trust} names the callee: its class's simple name and the method. */
    static String trustName(CallFact c) {
        String type = c.type() == null ? "?" : c.type().substring(c.type().lastIndexOf('.') + 1);
        return (c.method().equals("<init>") ? type + "." + type : type + "." + c.method());
    }
}
