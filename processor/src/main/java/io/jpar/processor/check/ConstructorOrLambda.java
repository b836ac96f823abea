package io.jpar.processor.check;

import com.github.javaparser.ast.Node;
import io.jpar.processor.analysis.Lines;

/**
 * {@code @Parallel} on a constructor, on a loop inside a lambda, or on a method of an anonymous class: jpar
 * rewrites loops of methods of named classes only.
 */
public final class ConstructorOrLambda {

    private ConstructorOrLambda() {
    }

    public static Refusal constructor(Node annotation, String className) {
        return new Refusal(ConstructorOrLambda.class.getSimpleName(), Lines.line(annotation), Lines.column(annotation),
                "@Parallel is on a constructor of " + className + "; jpar parallelizes loops of methods only",
                "move the loop into a method and put @Parallel on that method");
    }

    public static Refusal lambda(Node annotation) {
        return new Refusal(ConstructorOrLambda.class.getSimpleName(), Lines.line(annotation), Lines.column(annotation),
                "@Parallel marks a loop inside a lambda or a class declared in the method; a lambda may run anywhere, "
                        + "so jpar does not rewrite loops inside it",
                "move the loop into a method of its own and put @Parallel on that method");
    }

    public static Refusal anonymous(Node annotation, String method) {
        return new Refusal(ConstructorOrLambda.class.getSimpleName(), Lines.line(annotation), Lines.column(annotation),
                "@Parallel is on " + method + "() of an anonymous class, whose code jpar cannot name from a generated class",
                "move the loop into a method of a named class and put @Parallel there");
    }
}
