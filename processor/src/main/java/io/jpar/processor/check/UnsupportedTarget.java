package io.jpar.processor.check;

import io.jpar.processor.analysis.ParallelAnnotation;
import java.util.Optional;

/** {@code target = CLUSTER} or {@code GPU}: not available in this version, and never silently replaced by CPU. */
public final class UnsupportedTarget {

    private UnsupportedTarget() {
    }

    public static Optional<Refusal> check(ParallelAnnotation a) {
        String target = a.targetOrDefault();
        if (target.equals("CPU")) {
            return Optional.empty();
        }
        String what = target.equals("CLUSTER") || target.equals("GPU")
                ? "target " + target + " is not available yet in this version of jpar"
                : "target " + target + " is not a jpar target";
        return Optional.of(new Refusal(UnsupportedTarget.class.getSimpleName(), a.line(), column(a), what, "use target = CPU"));
    }

    static int column(ParallelAnnotation a) {
        return a.node().getBegin().map(p -> p.column).orElse(0);
    }
}
