package io.jpar.processor.analysis;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import java.util.Optional;

/**
 * Whether an expression denotes an object or array created inside a region of code (the loop body, or a
 * called method): such objects belong to one iteration, so writing them is safe.
 */
public final class Freshness {

    private final Node region;
    private final boolean thisFresh;
    private final java.util.Set<Node> freshParameters;

    /**
     * @param region    the code whose own objects count as fresh
     * @param thisFresh whether {@code this} is fresh (a method called on an object created in the loop)
     */
    public Freshness(Node region, boolean thisFresh) {
        this(region, thisFresh, java.util.Set.of());
    }

    /**
     * @param freshParameters parameters of a called method whose argument was fresh at the call (identity set)
     */
    public Freshness(Node region, boolean thisFresh, java.util.Set<Node> freshParameters) {
        this.region = region;
        this.thisFresh = thisFresh;
        this.freshParameters = freshParameters;
    }

    public boolean thisFresh() {
        return thisFresh;
    }

    public boolean isFresh(Expression e) {
        Expression x = e;
        while (x instanceof EnclosedExpr en) {
            x = en.getInner();
        }
        if (x instanceof ObjectCreationExpr || x instanceof ArrayCreationExpr || x instanceof ArrayInitializerExpr) {
            return true;
        }
        if (x instanceof ThisExpr t) {
            return thisFresh && t.getTypeName().isEmpty();
        }
        if (x instanceof MethodCallExpr call && call.getScope().isPresent()
                && (call.getNameAsString().equals("append") || call.getNameAsString().equals("clone"))) {
            // StringBuilder.append returns its receiver; clone() returns a new object
            return call.getNameAsString().equals("clone") || isFresh(call.getScope().get());
        }
        if (x instanceof NameExpr n) {
            Optional<Node> decl = Scopes.declaration(n.getNameAsString(), n);
            if (decl.isPresent() && freshParameters.contains(decl.get())) {
                return !reassignedName(n.getNameAsString(), decl.get());
            }
            if (decl.isPresent() && decl.get() instanceof VariableDeclarator v && Scopes.within(v, region)) {
                return v.getInitializer().map(Freshness::created).orElse(false) && !reassigned(v);
            }
        }
        return false;
    }

    private static boolean created(Expression init) {
        Expression x = init;
        while (x instanceof EnclosedExpr en) {
            x = en.getInner();
        }
        // a lambda created in the region runs code of the region, which is analysed with it
        return x instanceof ObjectCreationExpr || x instanceof ArrayCreationExpr || x instanceof ArrayInitializerExpr
                || x instanceof com.github.javaparser.ast.expr.LambdaExpr;
    }

    private boolean reassigned(VariableDeclarator v) {
        return reassignedName(v.getNameAsString(), v);
    }

    private final java.util.Map<Node, Boolean> reassigned = new java.util.IdentityHashMap<>();

    private boolean reassignedName(String name, Node declaration) {
        return reassigned.computeIfAbsent(declaration, d -> region.findAll(Node.class).stream()
                .map(LoopScope::assignedName)
                .flatMap(Optional::stream)
                .anyMatch(n -> n.getNameAsString().equals(name)
                        && Scopes.declaration(n.getNameAsString(), n).map(x -> x == declaration).orElse(false)));
    }

    /** The parameters of {@code callee} whose arguments in {@code call} are fresh here. */
    public java.util.Set<Node> freshArguments(com.github.javaparser.ast.nodeTypes.NodeWithArguments<?> call,
                                             com.github.javaparser.ast.body.CallableDeclaration<?> callee) {
        java.util.Set<Node> out = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        int n = Math.min(call.getArguments().size(), callee.getParameters().size());
        for (int k = 0; k < n; k++) {
            com.github.javaparser.ast.body.Parameter p = callee.getParameter(k);
            if (!p.isVarArgs() && isFresh(call.getArgument(k))) {
                out.add(p);
            }
        }
        return out;
    }
}
