package io.jpar.processor.check;

import com.github.javaparser.ast.body.MethodDeclaration;
import io.jpar.processor.analysis.Lines;
import java.util.Optional;

/** {@code @Parallel} on a method without a body (abstract, interface, native): there is no loop to rewrite. */
public final class NotAMethodBody {

    private NotAMethodBody() {
    }

    public static Optional<Refusal> check(MethodDeclaration m) {
        if (m.getBody().isPresent()) {
            return Optional.empty();
        }
        String kind = m.isNative() ? "native" : m.isAbstract() ? "abstract" : "without a body (an interface method)";
        return Optional.of(new Refusal(NotAMethodBody.class.getSimpleName(), Lines.line(m), Lines.column(m),
                "@Parallel is on " + m.getNameAsString() + "(), which is " + kind + " and has no loop jpar could rewrite",
                "put @Parallel on the method that implements it"));
    }
}
