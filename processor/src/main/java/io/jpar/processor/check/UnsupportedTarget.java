package io.jpar.processor.check;

import io.jpar.processor.analysis.ParallelAnnotation;
import java.util.Optional;

/** A {@code target} that is not one of jpar's (CPU, CLUSTER, GPU): never silently replaced by another. */
public final class UnsupportedTarget {

    private UnsupportedTarget() {
    }

    public static Optional<Refusal> check(ParallelAnnotation a) {
        String target = a.targetOrDefault();
        if (target.equals("CPU") || target.equals("CLUSTER") || target.equals("GPU")) {
            return Optional.empty();
        }
        return Optional.of(new Refusal(UnsupportedTarget.class.getSimpleName(), a.line(), column(a),
                "target " + target + " is not a jpar target", "use target = CPU, CLUSTER or GPU"));
    }

    static int column(ParallelAnnotation a) {
        return a.node().getBegin().map(p -> p.column).orElse(0);
    }
}
