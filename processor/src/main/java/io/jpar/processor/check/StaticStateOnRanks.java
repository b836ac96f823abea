package io.jpar.processor.check;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.resolution.declarations.ResolvedValueDeclaration;
import io.jpar.processor.analysis.CallFact;
import io.jpar.processor.analysis.Lines;
import io.jpar.processor.analysis.LoopModel;
import io.jpar.processor.analysis.Scopes;
import io.jpar.processor.plan.cluster.OutsideValues;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import io.jpar.processor.analysis.JavaType;
import java.util.Set;

/**
 * A CLUSTER loop that reads static state of the user's classes other than by a simple name in the body
 * ({@code Config.scale}), or whose callees (the methods jpar read) read it: every JVM of a cluster job has its own
 * copy of a static field, and the other ranks' copies do not hold what rank 0 set. Static state is a static field
 * that is not final, or a final one that holds an array or object (its contents may have changed on rank 0); a
 * final primitive or String is the same on every JVM. A field the body reads by its simple name is copied from
 * rank 0 instead, like a local.
 */
public final class StaticStateOnRanks implements LoopCheck {


    @Override
    public List<Refusal> check(LoopModel loop) {
        List<Refusal> out = new ArrayList<>();
        // the loop's updates run inside the chunk too
        List<Node> regions = new ArrayList<>(loop.outer().loop().getUpdate());
        if (loop.inner() != null) {
            regions.addAll(loop.inner().loop().getUpdate());
        }
        regions.add(loop.body());
        for (FieldAccessExpr f : regions.stream().flatMap(r -> r.findAll(FieldAccessExpr.class).stream()).toList()) {
            mutableStatic(f).ifPresent(name -> out.add(new Refusal(getClass().getSimpleName(), Lines.line(f), Lines.column(f),
                    "the loop body reads the static field " + name + " at line " + Lines.line(f) + ", and each JVM of a cluster job has its own copy of it",
                    "assign it to a local before the loop (jpar sends the loop's locals to every rank)")));
        }
        for (CallFact c : loop.calls()) {
            if (c.verdict() != CallFact.Verdict.ANALYSED) {
                continue;
            }
            Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            callee(c.node()).flatMap(d -> readsMutableStatic(d, seen, 0)).ifPresent(name -> out.add(new Refusal(getClass().getSimpleName(),
                    c.line(), Lines.column(c.node()), c.callee() + " called at line " + c.line() + " reads the static field " + name
                            + ", and each JVM of a cluster job has its own copy of it",
                    "pass its value as an argument (jpar sends the loop's values to every rank)")));
        }
        return out;
    }

    /** The first static field that is not final which a method of the user's sources, or one it calls, reads. */
    private static Optional<String> readsMutableStatic(CallableDeclaration<?> d, Set<Node> seen, int depth) {
        if (!seen.add(d) || depth > 64) {
            return Optional.empty();
        }
        for (Node n : d.findAll(Node.class)) {
            if (n instanceof NameExpr name && Scopes.declaration(name.getNameAsString(), name).isEmpty()) {
                Optional<String> s = mutableStatic(name);
                if (s.isPresent()) {
                    return s;
                }
            } else if (n instanceof FieldAccessExpr f) {
                Optional<String> s = mutableStatic(f);
                if (s.isPresent()) {
                    return s;
                }
            } else if (n instanceof MethodCallExpr || n instanceof ObjectCreationExpr) {
                Optional<String> s = callee(n).flatMap(c -> readsMutableStatic(c, seen, depth + 1));
                if (s.isPresent()) {
                    return s;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<CallableDeclaration<?>> callee(Node call) {
        try {
            Optional<Node> ast = call instanceof MethodCallExpr m ? m.resolve().toAst() : ((ObjectCreationExpr) call).resolve().toAst();
            return ast.filter(CallableDeclaration.class::isInstance).map(a -> (CallableDeclaration<?>) a);
        } catch (RuntimeException | StackOverflowError e) {
            return Optional.empty();
        }
    }

    /**
     * {@code Type.name (why)} when the expression reads static state of the user's sources: a static field that is
     * not final, or a final one of a type other than a primitive or String.
     */
    private static Optional<String> mutableStatic(Node e) {
        ResolvedValueDeclaration d;
        try {
            d = e instanceof NameExpr n ? n.resolve() : ((FieldAccessExpr) e).resolve();
        } catch (RuntimeException | StackOverflowError x) {
            return Optional.empty();
        }
        if (!d.isField() || !d.asField().isStatic()) {
            return Optional.empty();
        }
        try {
            Optional<Node> ast = d.asField().toAst();
            FieldDeclaration fd = ast.filter(FieldDeclaration.class::isInstance).map(FieldDeclaration.class::cast)
                    .or(() -> ast.flatMap(a -> a.findAncestor(FieldDeclaration.class))).orElse(null);
            if (fd == null) {
                return Optional.empty(); // a library's static field
            }
            String name = d.asField().declaringType().getName() + "." + d.getName();
            if (!fd.isFinal() && !isInterfaceField(fd)) {
                return Optional.of(name + " (not final)");
            }
            String type = fd.getVariables().stream().filter(v -> v.getNameAsString().equals(d.getName())).findFirst()
                    .map(v -> v.getType().asString()).orElse("");
            JavaType t = JavaType.of(type);
            boolean value = t.primitive() || t.string();
            if (!value) {
                return Optional.of(name + " (a final " + type + ", whose contents rank 0 may have changed)");
            }
            // each JVM runs its own class initializer: only a constant initializer gives every rank the same value
            boolean constant = isInterfaceField(fd) || fd.getVariables().stream().filter(v -> v.getNameAsString().equals(d.getName()))
                    .findFirst().flatMap(v -> v.getInitializer()).map(OutsideValues::constant).orElse(false);
            return constant ? Optional.empty() : Optional.of(name + " (a final " + type + " whose initializer is not a constant:"
                    + " each JVM computes its own)");
        } catch (RuntimeException | StackOverflowError x) {
            return Optional.empty();
        }
    }

    private static boolean isInterfaceField(FieldDeclaration fd) {
        return fd.getParentNode().map(p -> p instanceof com.github.javaparser.ast.body.ClassOrInterfaceDeclaration c && c.isInterface())
                .orElse(false);
    }
}
