package io.jpar.processor.analysis;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
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
        Expression x = CanonicalForm.unwrap(e);
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
        Expression x = CanonicalForm.unwrap(init);
        // a lambda created in the region runs code of the region, which is analysed with it
        return x instanceof ObjectCreationExpr || x instanceof ArrayCreationExpr || x instanceof ArrayInitializerExpr
                || x instanceof LambdaExpr;
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

    /**
     * Whether the local {@code name}, as seen at {@code loop}, is an array no other name can reach: created by
     * the method with every dimension given ({@code new T[n]}, {@code new T[n][m]}: rows distinct by
     * construction), and until the loop is done used only by element, {@code .length} or a row named in the loop
     * body ({@code double[] row = g[i]}); a whole use, or a row taken out elsewhere, may only come after the loop
     * and outside every loop around it. Such an array cannot overlap another array of the loop, so it needs no
     * run-time overlap check.
     */
    public static boolean unsharedArray(String name, ForStmt loop) {
        Optional<Node> decl = Scopes.declaration(name, loop);
        if (decl.isEmpty() || !(decl.get() instanceof VariableDeclarator v) || v.getInitializer().isEmpty()
                || !(CanonicalForm.unwrap(v.getInitializer().get()) instanceof ArrayCreationExpr created)
                || created.getLevels().stream().anyMatch(l -> l.getDimension().isEmpty())) {
            return false;
        }
        Optional<Node> owner = v.findAncestor(Node.class, a -> a instanceof CallableDeclaration<?> || a instanceof LambdaExpr);
        if (owner.isEmpty()) {
            return false;
        }
        int dimensions = created.getLevels().size();
        for (NameExpr use : owner.get().findAll(NameExpr.class, n -> n.getNameAsString().equals(name))) {
            if (Scopes.declaration(name, use).orElse(null) != v) {
                continue;
            }
            Node e = use;
            int depth = 0;
            while (depth < dimensions && e.getParentNode().orElse(null) instanceof ArrayAccessExpr a && a.getName() == e) {
                e = a;
                depth++;
            }
            boolean length = e.getParentNode().orElse(null) instanceof FieldAccessExpr f && f.getScope() == e
                    && f.getNameAsString().equals("length");
            if (depth < dimensions && !length && !rowOfIteration(e, depth, loop) && !afterAndOutside(use, loop)) {
                return false;
            }
        }
        return true;
    }

    /** {@code double[] row = g[i];} in the loop body: jpar reads accesses through {@code row} as accesses of {@code g}. */
    private static boolean rowOfIteration(Node row, int depth, ForStmt loop) {
        return depth > 0 && row.getParentNode().orElse(null) instanceof VariableDeclarator local
                && local.getInitializer().map(i -> i == row).orElse(false) && Scopes.within(local, loop.getBody());
    }

    /** Whether {@code use} can only run once {@code loop} is done: it comes later and no loop around both repeats. */
    private static boolean afterAndOutside(Node use, ForStmt loop) {
        if (use.getBegin().isEmpty() || loop.getEnd().isEmpty() || !use.getBegin().get().isAfter(loop.getEnd().get())) {
            return false;
        }
        for (Node p = loop.getParentNode().orElse(null); p != null && !(p instanceof CallableDeclaration<?>); p = p.getParentNode().orElse(null)) {
            if ((p instanceof ForStmt || p instanceof ForEachStmt || p instanceof WhileStmt || p instanceof DoStmt) && Scopes.within(use, p)) {
                return false;
            }
        }
        return true;
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
