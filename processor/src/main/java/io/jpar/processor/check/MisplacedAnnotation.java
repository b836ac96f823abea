package io.jpar.processor.check;

import com.github.javaparser.ast.Node;
import io.jpar.processor.analysis.Lines;

/** {@code @Parallel} on a local variable that is not the index of a for loop of a {@code @Parallel} method. */
public final class MisplacedAnnotation {

    private MisplacedAnnotation() {
    }

    public static Refusal notAnIndex(Node annotation) {
        return new Refusal(MisplacedAnnotation.class.getSimpleName(), Lines.line(annotation), Lines.column(annotation),
                "@Parallel marks a local variable that is not the index of a for loop",
                "put it on a for loop's index (for (@Parallel int i = 0; i < n; i++)) or on a method");
    }

    public static Refusal methodNotAnnotated(Node annotation, String method) {
        return new Refusal(MisplacedAnnotation.class.getSimpleName(), Lines.line(annotation), Lines.column(annotation),
                "@Parallel marks a loop index in " + method + "(), which does not carry @Parallel itself",
                "add @Parallel to " + method + "() as well");
    }

    public static Refusal elsewhere(Node annotation) {
        return new Refusal(MisplacedAnnotation.class.getSimpleName(), Lines.line(annotation), Lines.column(annotation),
                "@Parallel is not allowed here; it applies to methods and to for-loop indices",
                "put it on the method whose loops should run in parallel");
    }
}
