package io.jpar.processor.check;

import io.jpar.processor.analysis.ParallelAnnotation;
import java.util.List;

/** An attribute of {@code @Parallel} with a value jpar cannot use (negative chunk, collapse 3, ...). */
public final class InvalidAttribute {

    private InvalidAttribute() {
    }

    public static List<Refusal> check(ParallelAnnotation a) {
        return a.problems().stream()
                .map(p -> new Refusal(InvalidAttribute.class.getSimpleName(), a.line(), UnsupportedTarget.column(a), p, ""))
                .toList();
    }
}
