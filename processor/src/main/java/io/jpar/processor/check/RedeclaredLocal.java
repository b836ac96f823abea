package io.jpar.processor.check;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.PatternExpr;
import com.github.javaparser.ast.expr.SimpleName;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import io.jpar.processor.analysis.Lines;
import io.jpar.processor.analysis.LoopModel;
import io.jpar.processor.analysis.Scopes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A variable declared in the loop body with the name of a local or parameter of the method that is in scope at the
 * loop: javac rejects the method as written ("variable j is already defined"). Moved into jpar's chunk class the
 * body would compile (a local class may shadow the method's locals), so the build would pass with jpar and fail
 * without it; jpar reports javac's error instead.
 */
public final class RedeclaredLocal implements LoopCheck {

    @Override
    public List<Refusal> check(LoopModel loop) {
        // the whole body, whether or not the loop is canonical: javac's error is the first thing to fix
        Node body = loop.loop().getBody();
        List<Refusal> out = new ArrayList<>();
        for (Node n : body.findAll(Node.class)) {
            Optional<SimpleName> declared = declaredName(n);
            if (declared.isEmpty() || inClassWithin(n, body)) {
                continue;
            }
            String name = declared.get().getIdentifier();
            Optional<Node> outside = Scopes.declaration(name, loop.loop());
            if (outside.isPresent() && (outside.get() instanceof VariableDeclarator || outside.get() instanceof Parameter
                    || outside.get() instanceof PatternExpr)) {
                out.add(new Refusal(getClass().getSimpleName(), Lines.line(declared.get()), Lines.column(declared.get()),
                        "variable " + name + " is already defined in method " + signature(loop.method())
                                + " (javac rejects this method as written)",
                        "rename the variable declared in the loop, or remove its declaration outside the loop"));
            }
        }
        return out;
    }

    /** The name a node declares as a local: a local variable, a lambda's or a catch clause's parameter, a pattern. */
    private static Optional<SimpleName> declaredName(Node n) {
        if (n instanceof VariableDeclarator v && v.getParentNode().orElse(null) instanceof VariableDeclarationExpr) {
            return Optional.of(v.getName());
        }
        if (n instanceof Parameter p && !(p.getParentNode().orElse(null) instanceof CallableDeclaration<?>)) {
            return Optional.of(p.getName());
        }
        if (n instanceof com.github.javaparser.ast.expr.TypePatternExpr t) {
            return Optional.of(t.getName());
        }
        return Optional.empty();
    }

    /** Inside a local or anonymous class of the body: a new scope, where shadowing is legal. */
    private static boolean inClassWithin(Node n, Node body) {
        Node p = n.getParentNode().orElse(null);
        while (p != null && p != body) {
            if (p instanceof TypeDeclaration<?> || (p instanceof ObjectCreationExpr o && o.getAnonymousClassBody().isPresent()
                    && o.getAnonymousClassBody().get().stream().anyMatch(m -> Scopes.within(n, m)))) {
                return true;
            }
            p = p.getParentNode().orElse(null);
        }
        return false;
    }

    /** As javac names the method: {@code solve(double[][],int)}. */
    private static String signature(CallableDeclaration<?> m) {
        return m.getNameAsString() + "(" + m.getParameters().stream()
                .map(p -> p.getType().asString().replace(" ", "") + (p.isVarArgs() ? "..." : ""))
                .collect(Collectors.joining(",")) + ")";
    }
}
