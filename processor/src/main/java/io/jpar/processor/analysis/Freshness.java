package io.jpar.processor.analysis;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whether an expression denotes an object or array created inside a region of code (the loop body, or a
 * called method) in the run of the region that is reading it: such objects belong to one iteration, so writing
 * them is safe (escape analysis: an object of the iteration stored where other iterations can reach it is stored
 * by a write to shared state, which the loop's other checks refuse).
 *
 * <p>A local holds fresh objects when every value the region gives it is fresh (its initializer, each plain
 * assignment; copies of other such locals count, so the answer is the greatest fixed point). A local of the
 * method outside the region counts when the caller names it private (every iteration assigns it before reading
 * it). An element {@code a[k]} is fresh when {@code a} is such a local array whose rows at that depth are all
 * fresh: created with the array ({@code new T[n][m]}), {@code null}, or stored by the region as fresh values, with
 * {@code a} used only by element or {@code .length} (no alias could store a shared row into it).
 */
public final class Freshness {

    /** How deep in methods whose returns are being read ({@link #returnsFresh}); recursion stops at {@link #MAX_DEPTH}. */
    private static final int MAX_DEPTH = 6;
    private final int depth;
    private final Node region;
    private final boolean thisFresh;
    private final Set<Node> freshParameters;
    private final Set<Node> privateLocals;
    /** Answers by (declaration, depth), depth 0 for the local itself; {@code true} while being decided. */
    private final Map<Node, Map<Integer, Boolean>> answers = new IdentityHashMap<>();

    /**
     * @param region    the code whose own objects count as fresh
     * @param thisFresh whether {@code this} is fresh (a method called on an object created in the loop)
     */
    public Freshness(Node region, boolean thisFresh) {
        this(region, thisFresh, Set.of(), Set.of());
    }

    /**
     * @param freshParameters parameters of a called method whose argument was fresh at the call (identity set)
     * @param privateLocals   declarations outside the region of locals private to each run of it (identity set)
     */
    public Freshness(Node region, boolean thisFresh, Set<Node> freshParameters, Set<Node> privateLocals) {
        this(region, thisFresh, freshParameters, privateLocals, 0);
    }

    private Freshness(Node region, boolean thisFresh, Set<Node> freshParameters, Set<Node> privateLocals, int depth) {
        this.depth = depth;
        this.region = region;
        this.thisFresh = thisFresh;
        this.freshParameters = freshParameters;
        this.privateLocals = privateLocals;
    }

    public boolean thisFresh() {
        return thisFresh;
    }

    /** Whether {@code e} is null or an object this run of the region created. */
    public boolean isFresh(Expression e) {
        Expression x = strip(e);
        if (x instanceof ObjectCreationExpr || x instanceof ArrayCreationExpr || x instanceof ArrayInitializerExpr
                || x instanceof NullLiteralExpr || x instanceof LambdaExpr) {
            // a lambda created in the region runs code of the region, which is analysed with it
            return true;
        }
        if (x instanceof ConditionalExpr c) {
            return isFresh(c.getThenExpr()) && isFresh(c.getElseExpr());
        }
        if (x instanceof ThisExpr t) {
            return thisFresh && t.getTypeName().isEmpty();
        }
        if (x instanceof ArrayAccessExpr a) {
            return elementsFresh(a.getName(), 1);
        }
        if (x instanceof MethodCallExpr call) {
            Optional<MethodDeclaration> user = userMethod(call);
            if (user.isPresent()) {
                return returnsFresh(call, user.get());
            }
            // StringBuilder.append returns its receiver; clone() of an array or a JDK object returns a new one
            return call.getScope().isPresent() && (call.getNameAsString().equals("append") && call.getArguments().size() == 1
                    ? isFresh(call.getScope().get())
                    : call.getNameAsString().equals("clone") && call.getArguments().isEmpty());
        }
        if (x instanceof NameExpr n) {
            Optional<Node> decl = Scopes.declaration(n.getNameAsString(), n);
            if (decl.isPresent() && freshParameters.contains(decl.get())) {
                return !Scopes.assigned(decl.get(), n.getNameAsString(), region);
            }
            if (decl.isEmpty()) {
                return thisFresh && createdPerObject(n);             // a field of the fresh this
            }
            return owned(decl.get()) && local(decl.get(), n.getNameAsString(), 0);
        }
        if (x instanceof FieldAccessExpr f && !f.getNameAsString().equals("length") && isFresh(f.getScope())) {
            return createdPerObject(f);                              // o.buf, this.buf of a fresh object
        }
        return false;
    }

    /**
     * Whether the field {@code use} names holds, in every object, an object or array created for it alone: a
     * private or final instance field that its class's code only ever assigns new objects or arrays (or null), in
     * its initializer or anywhere in the top-level class around it (which holds all code that may assign it).
     */
    private static boolean createdPerObject(Expression use) {
        VariableDeclarator field;
        try {
            var resolved = use instanceof NameExpr n ? n.resolve() : ((FieldAccessExpr) use).resolve();
            Node ast = resolved.isField() ? resolved.asField().toAst().orElse(null) : null;
            if (ast instanceof VariableDeclarator v) {
                ast = v.getParentNode().orElse(null);
            }
            if (!resolved.isField() || resolved.asField().isStatic() || !(ast instanceof FieldDeclaration declaration)
                    || !(declaration.isPrivate() || declaration.isFinal())) {
                return false;
            }
            String name = resolved.getName();
            field = declaration.getVariables().stream().filter(v -> v.getNameAsString().equals(name)).findFirst().orElse(null);
        } catch (RuntimeException | StackOverflowError e) {
            return false;
        }
        if (field == null || field.getInitializer().map(i -> !creation(i)).orElse(false)) {
            return false;
        }
        Node top = field;
        while (top.getParentNode().isPresent() && !(top.getParentNode().get() instanceof com.github.javaparser.ast.CompilationUnit)) {
            top = top.getParentNode().get();
        }
        String name = field.getNameAsString();
        for (AssignExpr a : top.findAll(AssignExpr.class)) {
            Expression t = Ast.unwrap(a.getTarget());
            boolean named = t instanceof FieldAccessExpr f ? f.getNameAsString().equals(name)
                    : t instanceof NameExpr n && n.getNameAsString().equals(name) && Scopes.declaration(name, n).isEmpty();
            if (named && sameField(t, field) && (a.getOperator() != AssignExpr.Operator.ASSIGN || !creation(a.getValue()))) {
                return false;
            }
        }
        return true;
    }

    /** Whether an assignment's target is {@code field}; true when the solver cannot tell (the safe side). */
    private static boolean sameField(Expression target, VariableDeclarator field) {
        try {
            var resolved = target instanceof NameExpr n ? n.resolve() : ((FieldAccessExpr) target).resolve();
            Node ast = resolved.isField() ? resolved.asField().toAst().orElse(null) : null;
            return ast == null || ast == field || ast == field.getParentNode().orElse(null);
        } catch (RuntimeException | StackOverflowError e) {
            return true;
        }
    }

    private static boolean creation(Expression e) {
        Expression x = strip(e);
        return x instanceof ObjectCreationExpr || x instanceof ArrayCreationExpr || x instanceof ArrayInitializerExpr
                || x instanceof NullLiteralExpr;
    }

    /** Whether every element at {@code depth} (1: {@code e[k]}, 2: {@code e[k][l]}) of the array {@code e} is fresh. */
    private boolean elementsFresh(Expression e, int depth) {
        Expression x = strip(e);
        if (x instanceof ArrayAccessExpr a) {
            return elementsFresh(a.getName(), depth + 1);
        }
        if (x instanceof ArrayCreationExpr c) {
            // without an initializer each row is a new array or null
            return c.getInitializer().map(i -> elementsFresh(i, depth)).orElse(true);
        }
        if (x instanceof ArrayInitializerExpr init) {
            return init.getValues().stream().allMatch(v -> depth == 1 ? isFresh(v) : elementsFresh(v, depth - 1));
        }
        if (x instanceof ConditionalExpr c) {
            return elementsFresh(c.getThenExpr(), depth) && elementsFresh(c.getElseExpr(), depth);
        }
        if (x instanceof NullLiteralExpr) {
            return true;
        }
        if (x instanceof NameExpr n) {
            Optional<Node> decl = Scopes.declaration(n.getNameAsString(), n);
            return decl.isPresent() && owned(decl.get()) && local(decl.get(), n.getNameAsString(), depth);
        }
        return false;
    }

    /** A local the region declares, or one the caller named private to each run of the region. */
    private boolean owned(Node decl) {
        return (decl instanceof VariableDeclarator v && Scopes.within(v, region)) || privateLocals.contains(decl);
    }

    private static boolean array(Expression e) {
        try {
            return e.calculateResolvedType().isArray();
        } catch (RuntimeException | StackOverflowError x) {
            return false;
        }
    }

    /** Depth 0: every value the region gives the local is fresh; depth d: every element at depth d is. */
    private boolean local(Node decl, String name, int depth) {
        Map<Integer, Boolean> byDepth = answers.computeIfAbsent(decl, k -> new HashMap<>());
        Boolean known = byDepth.get(depth);
        if (known != null) {
            return known;
        }
        byDepth.put(depth, true);
        boolean fresh = decide(decl, name, depth);
        byDepth.put(depth, fresh);
        return fresh;
    }

    private boolean decide(Node decl, String name, int depth) {
        // for (T q : a): q holds a's elements, fresh only when a is an array of fresh elements (a List's are not known)
        if (decl instanceof VariableDeclarator v && v.getParentNode().orElse(null) instanceof com.github.javaparser.ast.expr.VariableDeclarationExpr d
                && d.getParentNode().orElse(null) instanceof ForEachStmt each && each.getVariable() == d) {
            return depth == 0 && array(each.getIterable()) && elementsFresh(each.getIterable(), 1)
                    && !Scopes.assigned(decl, name, region);
        }
        List<Expression> values = new ArrayList<>();
        if (decl instanceof VariableDeclarator v && Scopes.within(v, region)) {
            v.getInitializer().ifPresent(values::add);
        }
        for (NameExpr use : region.findAll(NameExpr.class, u -> u.getNameAsString().equals(name))) {
            if (Scopes.declaration(name, use).orElse(null) != decl) {
                continue;
            }
            Node parent = use.getParentNode().orElse(null);
            if (parent instanceof AssignExpr a && a.getTarget() == use) {
                if (a.getOperator() != AssignExpr.Operator.ASSIGN) {
                    return false;
                }
                values.add(a.getValue());
            } else if (parent instanceof UnaryExpr u && u.getExpression() == use && LoopScope.isIncrement(u)) {
                return false;
            } else if (depth > 0 && !storedElementsFresh(use, depth)) {
                return false;
            }
        }
        return values.stream().allMatch(v -> depth == 0 ? isFresh(v) : elementsFresh(v, depth));
    }

    /**
     * For a use of an array local while asking about its elements at {@code depth}: whether the use keeps them
     * fresh. Element reads and {@code .length} do; a store at that depth or above must store fresh values; any
     * other use (an alias, an argument) could let a shared row in.
     */
    private boolean storedElementsFresh(NameExpr use, int depth) {
        Node e = use;
        int level = 0;
        while (e.getParentNode().orElse(null) instanceof ArrayAccessExpr a && a.getName() == e) {
            e = a;
            level++;
        }
        Node parent = e.getParentNode().orElse(null);
        if (level == 0) {
            return parent instanceof FieldAccessExpr f && f.getScope() == e && f.getNameAsString().equals("length");
        }
        if (parent instanceof AssignExpr a && a.getTarget() == e && level <= depth) {
            return a.getOperator() == AssignExpr.Operator.ASSIGN
                    && (level == depth ? isFresh(a.getValue()) : elementsFresh(a.getValue(), depth - level));
        }
        if (parent instanceof UnaryExpr u && LoopScope.isIncrement(u)) {
            return level > depth;
        }
        return true;
    }

    /** The method of the user's sources a call runs, when it has a body. */
    private static Optional<MethodDeclaration> userMethod(MethodCallExpr call) {
        try {
            return call.resolve().toAst().filter(MethodDeclaration.class::isInstance).map(MethodDeclaration.class::cast)
                    .filter(m -> m.getBody().isPresent());
        } catch (RuntimeException | StackOverflowError e) {
            return Optional.empty();
        }
    }

    /**
     * Whether a method of the user's sources returns only objects it created (or, called on a fresh object or
     * handed fresh arguments, those): {@code Vec.of(x, y, z)}, {@code p.plus(q)}, {@code v.scale(2)} returning
     * {@code this}. Only a method no subclass can override: another implementation could return anything.
     */
    private boolean returnsFresh(MethodCallExpr call, MethodDeclaration callee) {
        boolean finalClass = callee.getParentNode().orElse(null) instanceof ClassOrInterfaceDeclaration c
                && !c.isInterface() && c.isFinal() || callee.getParentNode().orElse(null) instanceof RecordDeclaration;
        if (depth >= MAX_DEPTH || !(callee.isStatic() || callee.isPrivate() || callee.isFinal() || finalClass)) {
            return false;
        }
        boolean receiverFresh = !callee.isStatic() && call.getScope().map(this::isFresh).orElse(thisFresh);
        Freshness inside = new Freshness(callee, receiverFresh, freshArguments(call, callee), Set.of(), depth + 1);
        List<ReturnStmt> returns = callee.findAll(ReturnStmt.class, r -> !Scopes.inLambdaOrClass(r, callee));
        return !returns.isEmpty() && returns.stream().allMatch(r -> r.getExpression().map(inside::isFresh).orElse(false));
    }

    private static Expression strip(Expression e) {
        Expression x = Ast.unwrap(e);
        while (x instanceof CastExpr c) {
            x = Ast.unwrap(c.getExpression());
        }
        return x;
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
        return everyUseOfCreatedArray(name, loop, (use, e, depth, dimensions) -> {
            boolean length = e.getParentNode().orElse(null) instanceof FieldAccessExpr f && f.getScope() == e
                    && f.getNameAsString().equals("length");
            return depth == dimensions || length || rowOfIteration(e, depth, loop) || afterAndOutside(use, loop);
        });
    }

    /** How a use of a created array is judged: {@code access} is the use with {@code depth} of its indices applied. */
    interface ArrayUse {
        boolean ok(NameExpr use, Node access, int depth, int dimensions);
    }

    /**
     * Whether the local {@code name}, as seen at {@code loop}, is an array the method creates with every dimension
     * given ({@code new T[n]}, {@code new T[n][m]}), and {@code judge} accepts every use of it in the method.
     */
    static boolean everyUseOfCreatedArray(String name, ForStmt loop, ArrayUse judge) {
        Optional<Node> decl = Scopes.declaration(name, loop);
        if (decl.isEmpty() || !(decl.get() instanceof VariableDeclarator v) || v.getInitializer().isEmpty()
                || !(Ast.unwrap(v.getInitializer().get()) instanceof ArrayCreationExpr created)
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
            if (!judge.ok(use, e, depth, dimensions)) {
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
    static boolean afterAndOutside(Node use, ForStmt loop) {
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
    public Set<Node> freshArguments(com.github.javaparser.ast.nodeTypes.NodeWithArguments<?> call,
                                             com.github.javaparser.ast.body.CallableDeclaration<?> callee) {
        Set<Node> out = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
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
