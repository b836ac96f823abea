package io.jpar.processor.analysis;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.LabeledStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Scratch objects ({@link Scratch}): {@code Vec t = new Vec(); for (...) { t.set(a[i], b[i], 0); out[i] = t.norm(); }}.
 * Sequentially every iteration overwrites what the one before left in {@code t}; when no iteration reads a field of
 * it that it has not written first, no iteration sees another's values, and each block may use an object of its own.
 * A local of the method, or a final field of its class, is one when all of these hold:
 * <ul>
 *   <li>it is made by {@code new T(...)} where it is declared and never assigned, with arguments a block can evaluate
 *       again (literals, constants and names the method does not assign), and making it touches nothing shared;</li>
 *   <li>a local: the method uses it in the loop only, so the original is never seen again and the copies need no
 *       merge. A field: the last block's copy is copied back after the loop, so every iteration must write every
 *       field it changes, and no other path (another object's field of that name, a callee) may read one;</li>
 *   <li>the loop uses it only by its fields ({@code t.x}), as the receiver or an argument of methods that only use its
 *       fields themselves (as for elements: {@code CallFact.elementUses}), and not inside lambdas or classes;</li>
 *   <li>each read of a field of it, direct or in such a method, comes after a write of that field that surely runs
 *       in the same iteration ({@link #firstWrites}).</li>
 * </ul>
 */
public final class ScratchObjects {

    private ScratchObjects() {
    }

    /** The outcome: the scratch objects, and why other candidates are none. */
    public record Result(List<Scratch> scratch, List<Scratch.Not> not) {
    }

    /**
     * The locals of the method made before the loop by {@code new}, and the final fields of its class made by
     * {@code new} where they are declared, that the body names ({@code t}, {@code tmp}, {@code this.tmp}).
     */
    static Set<Node> candidates(Node body, LoopScope scope) {
        Set<Node> out = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (Expression e : body.findAll(Expression.class, e -> e instanceof NameExpr || e instanceof FieldAccessExpr)) {
            Node d = null;
            if (e instanceof NameExpr n && scope.kind(n) == NameKind.OUTER_LOCAL) {
                d = scope.declaration(n).orElse(null);
            } else if (e instanceof NameExpr n && scope.kind(n) == NameKind.FIELD || bareThis(e)) {
                d = finalField(e).orElse(null);
            }
            if (d instanceof VariableDeclarator v && v.getInitializer().map(Ast::unwrap).orElse(null) instanceof ObjectCreationExpr c
                    && c.getAnonymousClassBody().isEmpty()) {
                out.add(v);
            }
        }
        return out;
    }

    /** Whether {@code e} names one of {@code candidates}. */
    public static boolean names(Expression e, Set<Node> candidates) {
        return declarationOf(e).map(candidates::contains).orElse(false);
    }

    /** The local or field that {@code e} ({@code t}, {@code tmp}, {@code this.tmp}) names, if any. */
    private static Optional<Node> declarationOf(Expression e) {
        Expression x = Ast.unwrap(e);
        if (x instanceof NameExpr n) {
            Optional<Node> local = Scopes.declaration(n.getNameAsString(), n);
            return local.isPresent() ? local : finalField(n);
        }
        return bareThis(x) ? finalField(x) : Optional.empty();
    }

    private static boolean bareThis(Expression e) {
        return e instanceof FieldAccessExpr f && f.getScope() instanceof ThisExpr t && t.getTypeName().isEmpty();
    }

    /** The declarator of the final field {@code e} names. */
    private static Optional<Node> finalField(Expression e) {
        return Ast.field(e).flatMap(r -> {
            try {
                return r.toAst().filter(FieldDeclaration.class::isInstance).map(FieldDeclaration.class::cast)
                        .filter(FieldDeclaration::isFinal)
                        .flatMap(f -> f.getVariables().stream().filter(v -> v.getNameAsString().equals(r.getName())).findFirst())
                        .map(Node.class::cast);
            } catch (RuntimeException x) {
                return Optional.empty();
            }
        });
    }

    private static boolean isFieldDeclarator(VariableDeclarator d) {
        return d.getParentNode().orElse(null) instanceof FieldDeclaration;
    }

    /** The expressions in {@code region} that name {@code d}. */
    private static List<Expression> references(Node region, VariableDeclarator d) {
        String name = d.getNameAsString();
        return region.findAll(Expression.class, e -> (e instanceof NameExpr n && n.getNameAsString().equals(name)
                || e instanceof FieldAccessExpr f && f.getNameAsString().equals(name) && bareThis(f))
                && declarationOf(e).orElse(null) == d);
    }

    /** Judges the candidates after the calls were analysed with them as owned objects. */
    static Result of(Set<Node> candidates, Node body, CallableDeclaration<?> method, List<CallFact> calls, CallAnalyzer analyzer) {
        List<Scratch> scratch = new ArrayList<>();
        List<Scratch.Not> not = new ArrayList<>();
        Map<Node, CallFact.ElementUse> uses = new IdentityHashMap<>();
        for (CallFact c : calls) {
            for (CallFact.ElementUse u : c.elementUses()) {
                uses.put(u.element(), u);
            }
        }
        // in the order of the source, for messages and code that do not change from one build to the next
        List<Node> ordered = new ArrayList<>(candidates);
        ordered.sort(java.util.Comparator.comparing((Node n) -> n.getBegin().map(b -> b.line).orElse(0))
                .thenComparing(n -> n.getBegin().map(b -> b.column).orElse(0)));
        for (Node candidate : ordered) {
            VariableDeclarator d = (VariableDeclarator) candidate;
            String name = d.getNameAsString();
            List<Expression> refs = references(body, d);
            // a local the loop uses by no field of its own (a StringBuilder appended to) is no temporary of this kind
            if (refs.stream().noneMatch(r -> uses.containsKey(r) || byField(r))) {
                continue;
            }
            String why = why(d, refs, body, method, uses, analyzer);
            if (why == null) {
                Map<String, Node> unwritten = new LinkedHashMap<>();
                Set<String> written = new TreeSet<>();
                Set<String> surely = firstWrites(body, d, new HashSet<>(), uses, unwritten, written);
                ObjectCreationExpr c = (ObjectCreationExpr) Ast.unwrap(d.getInitializer().get());
                if (!unwritten.isEmpty()) {
                    Map.Entry<String, Node> first = unwritten.entrySet().iterator().next();
                    why = "the iteration reads " + name + "." + first.getKey() + " at line " + Lines.line(first.getValue())
                            + " where it may not have written it yet, so it would read what an earlier iteration left there";
                } else if (isFieldDeclarator(d)) {
                    why = fieldWhy(d, c, body, calls, written, surely, candidates);
                }
                if (why == null) {
                    String type = d.getType().isVarType() ? c.getType().asString() : d.getType().asString();
                    String original = !isFieldDeclarator(d) ? null
                            : (((FieldDeclaration) d.getParentNode().get()).isStatic() ? outerName(d) : "this") + "." + name;
                    scratch.add(new Scratch(name, type, d, c.toString(), List.copyOf(written), original));
                    continue;
                }
            }
            not.add(new Scratch.Not(d, name, why));
        }
        return new Result(List.copyOf(scratch), List.copyOf(not));
    }

    private static boolean byField(Expression r) {
        return r.getParentNode().orElse(null) instanceof FieldAccessExpr f && f.getScope() == r;
    }

    private static String outerName(VariableDeclarator d) {
        return d.findAncestor(com.github.javaparser.ast.body.TypeDeclaration.class).map(t -> t.getNameAsString()).orElse("");
    }

    /**
     * What else a field must satisfy: code outside the method may read it after the loop, so the last block's copy is
     * copied back, which needs every field the loop writes written by every iteration and assignable here; and no other
     * path may reach the object in the loop (another object's field of that name, a callee reading it).
     */
    private static String fieldWhy(VariableDeclarator d, ObjectCreationExpr c, Node body, List<CallFact> calls, Set<String> written,
                                   Set<String> surely, Set<Node> candidates) {
        String name = d.getNameAsString();
        for (String f : written) {
            if (!surely.contains(f)) {
                return "the loop writes " + name + "." + f + " only on some iterations, and the field " + name + " keeps what the last"
                        + " iteration left in it after the loop, which a copy per thread cannot bring back";
            }
        }
        String owner;
        try {
            var type = c.getType().resolve().asReferenceType().getTypeDeclaration().orElseThrow();
            owner = type.getQualifiedName();
            boolean sameFile = type.toAst().flatMap(Node::findCompilationUnit).orElse(null) == d.findCompilationUnit().orElse(null);
            for (var f : type.getDeclaredFields()) {
                if (written.contains(f.getName()) && f.accessSpecifier() == com.github.javaparser.ast.AccessSpecifier.PRIVATE && !sameFile) {
                    return "its field " + f.getName() + " is private to " + type.getName() + ", so jpar cannot copy the last thread's"
                            + " value back into " + name + " after the loop";
                }
            }
        } catch (RuntimeException | StackOverflowError x) {
            return "jpar cannot resolve its class " + c.getType();
        }
        // the other candidates are objects of their own: each was made by a new of its own and is never reassigned
        for (Expression e : body.findAll(Expression.class, e -> e instanceof FieldAccessExpr f && written.contains(f.getNameAsString())
                && !declarationOf(f.getScope()).map(candidates::contains).orElse(false))) {
            return ((FieldAccessExpr) e).getNameAsString() + " of " + ((FieldAccessExpr) e).getScope() + " is used at line " + Lines.line(e)
                    + ", and that object may be " + name;
        }
        for (CallFact f : calls) {
            for (String field : written) {
                if (f.readsField(owner, field)) {
                    return f.callee() + ", called at line " + f.line() + ", reads the field " + field + " of some object, which may be "
                            + name;
                }
            }
        }
        return null;
    }

    /** Why the candidate is no scratch object, apart from its reads; null when nothing else speaks against it. */
    private static String why(VariableDeclarator d, List<Expression> refs, Node body, CallableDeclaration<?> method,
                              Map<Node, CallFact.ElementUse> uses, CallAnalyzer analyzer) {
        String name = d.getNameAsString();
        if (!isFieldDeclarator(d)) {
            if (Scopes.assigned(d, name, method)) {
                return name + " is assigned in the method, so jpar cannot tell which object each iteration uses";
            }
            for (NameExpr n : method.findAll(NameExpr.class, n -> n.getNameAsString().equals(name)
                    && Scopes.declaration(name, n).orElse(null) == d)) {
                if (refs.stream().noneMatch(r -> r == n)) {
                    return name + " is used outside the loop body (line " + Lines.line(n) + "), and a copy per thread would not be";
                }
            }
        }
        for (Expression n : refs) {
            if (Scopes.inLambdaOrClass(n, body)) {
                return name + " is used in a lambda or class at line " + Lines.line(n) + ", which may run at another time";
            }
            if (!byField(n) && !uses.containsKey(n)) {
                return name + " is used at line " + Lines.line(n) + " otherwise than by its fields or in a method that only"
                        + " uses its fields, so it may escape the iteration";
            }
        }
        ObjectCreationExpr c = (ObjectCreationExpr) Ast.unwrap(d.getInitializer().get());
        for (Expression a : c.getArguments()) {
            if (!repeatable(a, method)) {
                return name + " is made with the argument " + a + ", which a thread cannot evaluate again (only literals,"
                        + " constants and names the method does not assign)";
            }
        }
        for (CallFact f : analyzer.analyse(c, Set.of())) {
            if (f.verdict() != CallFact.Verdict.KNOWN_SAFE && f.verdict() != CallFact.Verdict.ANALYSED) {
                return "making " + name + " (" + c + ") " + (f.detail() == null ? "may touch shared state" : f.detail())
                        + ", which a copy per thread would repeat";
            }
        }
        return null;
    }

    /**
     * Literals, locals and parameters the method never assigns, static final constants, and arithmetic on them: what
     * has the same value where a block makes its copy as where the method made the original.
     */
    private static boolean repeatable(Expression e, CallableDeclaration<?> method) {
        for (Node n : e.findAll(Node.class)) {
            boolean ok = n instanceof LiteralExpr || n instanceof BinaryExpr || n instanceof EnclosedExpr || n instanceof CastExpr
                    || n instanceof UnaryExpr u && !LoopScope.isIncrement(u) || n instanceof com.github.javaparser.ast.type.Type
                    || n instanceof com.github.javaparser.ast.expr.SimpleName
                    || n instanceof NameExpr x && Scopes.declaration(x.getNameAsString(), x).isPresent()
                    && !Scopes.assigned(Scopes.declaration(x.getNameAsString(), x).get(), x.getNameAsString(), method)
                    || (n instanceof NameExpr || n instanceof FieldAccessExpr) && constant((Expression) n)
                    || n.getParentNode().orElse(null) instanceof FieldAccessExpr f && f.getScope() == n && constant(f);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean constant(Expression e) {
        return Ast.field(e).filter(r -> r.isStatic()).isPresent() && finalField(e).isPresent();
    }

    /**
     * Walks {@code n} in the order it runs, with {@code defined} the fields of the scratch object {@code d} that surely
     * have been written in this iteration; a read of another lands in {@code unwritten}. Returns the fields surely
     * written after {@code n}. Branches and loops keep what they write to themselves: after an {@code if}, only what
     * both branches write counts; a loop's body may not run.
     */
    private static Set<String> firstWrites(Node n, VariableDeclarator d, Set<String> defined, Map<Node, CallFact.ElementUse> uses,
                                           Map<String, Node> unwritten, Set<String> written) {
        if (n instanceof IfStmt s) {
            Set<String> after = firstWrites(s.getCondition(), d, defined, uses, unwritten, written);
            Set<String> then = firstWrites(s.getThenStmt(), d, new HashSet<>(after), uses, unwritten, written);
            Set<String> otherwise = s.getElseStmt().map(e -> firstWrites(e, d, new HashSet<>(after), uses, unwritten, written))
                    .orElse(after);
            then.retainAll(otherwise);
            return then;
        }
        if (n instanceof ConditionalExpr c) {
            Set<String> after = firstWrites(c.getCondition(), d, defined, uses, unwritten, written);
            firstWrites(c.getThenExpr(), d, new HashSet<>(after), uses, unwritten, written);
            firstWrites(c.getElseExpr(), d, new HashSet<>(after), uses, unwritten, written);
            return after;
        }
        if (n instanceof BinaryExpr b && (b.getOperator() == BinaryExpr.Operator.AND || b.getOperator() == BinaryExpr.Operator.OR)) {
            Set<String> after = firstWrites(b.getLeft(), d, defined, uses, unwritten, written);
            firstWrites(b.getRight(), d, new HashSet<>(after), uses, unwritten, written);
            return after;
        }
        if (n instanceof Statement s && !(s instanceof BlockStmt || s instanceof ExpressionStmt || s instanceof LabeledStmt
                || s instanceof com.github.javaparser.ast.stmt.ReturnStmt || s instanceof com.github.javaparser.ast.stmt.ThrowStmt)) {
            // for, while, do, switch, try, synchronized: what they write may not run (or not all of it)
            for (Node child : n.getChildNodes()) {
                firstWrites(child, d, new HashSet<>(defined), uses, unwritten, written);
            }
            return defined;
        }
        if (n instanceof AssignExpr a && isField(a.getTarget(), d)) {
            FieldAccessExpr f = (FieldAccessExpr) Ast.unwrap(a.getTarget());
            if (a.getOperator() != AssignExpr.Operator.ASSIGN) {
                read(f.getNameAsString(), f, defined, unwritten);
            }
            Set<String> after = firstWrites(a.getValue(), d, defined, uses, unwritten, written);
            after.add(f.getNameAsString());
            written.add(f.getNameAsString());
            return after;
        }
        if (n instanceof UnaryExpr u && LoopScope.isIncrement(u) && isField(u.getExpression(), d)) {
            FieldAccessExpr f = (FieldAccessExpr) Ast.unwrap(u.getExpression());
            read(f.getNameAsString(), f, defined, unwritten);
            written.add(f.getNameAsString());
            defined.add(f.getNameAsString());
            return defined;
        }
        if (n instanceof FieldAccessExpr f && isField(f, d)) {
            read(f.getNameAsString(), f, defined, unwritten);
            return defined;
        }
        Set<String> current = defined;
        for (Node child : n.getChildNodes()) {
            current = firstWrites(child, d, current, uses, unwritten, written);
        }
        if (n instanceof MethodCallExpr m) {
            // the callee's reads of the object come first (the safe side); then the fields it surely writes
            for (Expression e : scratchUses(m, d)) {
                CallFact.ElementUse u = uses.get(e);
                Set<String> fields = new HashSet<>(u.read());
                fields.addAll(u.written());
                Set<String> surely = new HashSet<>();
                for (String field : calleeReads(m, e, fields, surely)) {
                    read(field, m, current, unwritten);
                }
                written.addAll(u.written());
                current.addAll(surely);
            }
        }
        return current;
    }

    private static boolean isField(Expression e, VariableDeclarator d) {
        return Ast.unwrap(e) instanceof FieldAccessExpr f && declarationOf(f.getScope()).orElse(null) == d;
    }

    private static void read(String field, Node at, Set<String> defined, Map<String, Node> unwritten) {
        if (!defined.contains(field)) {
            unwritten.putIfAbsent(field, at);
        }
    }

    /** The receiver and arguments of {@code m} that are the scratch object. */
    private static List<Expression> scratchUses(MethodCallExpr m, VariableDeclarator d) {
        List<Expression> out = new ArrayList<>();
        m.getScope().filter(s -> declarationOf(s).orElse(null) == d).ifPresent(s -> out.add(Ast.unwrap(s)));
        for (Expression a : m.getArguments()) {
            if (declarationOf(a).orElse(null) == d) {
                out.add(Ast.unwrap(a));
            }
        }
        return out;
    }

    /**
     * What the callee of {@code m} does with the object passed as {@code use} (its receiver or an argument), among
     * {@code fields} (those the call analysis found it uses): the fields it reads before it surely wrote them itself
     * (returned), and in {@code surely} those it surely assigns: plain assignments among the statements of its body
     * that run before any that may return. A callee jpar cannot read reads every field.
     */
    private static Set<String> calleeReads(MethodCallExpr m, Expression use, Set<String> fields, Set<String> surely) {
        MethodDeclaration md = Ast.sourceMethod(m).orElse(null);
        if (md == null) {
            return fields;
        }
        Node owner = null;
        boolean self = m.getScope().map(s -> Ast.unwrap(s) == use).orElse(false);
        for (int k = 0; k < Math.min(m.getArguments().size(), md.getParameters().size()); k++) {
            if (Ast.unwrap(m.getArgument(k)) == use) {
                owner = md.getParameter(k);
            }
        }
        Set<String> needs = new LinkedHashSet<>();
        boolean sure = true;
        for (Statement s : md.getBody().get().getStatements()) {
            Node assigned = null;
            if (s instanceof ExpressionStmt e && e.getExpression() instanceof AssignExpr a && a.getOperator() == AssignExpr.Operator.ASSIGN
                    && fieldOf(Ast.unwrap(a.getTarget()), self, owner, fields) != null) {
                assigned = Ast.unwrap(a.getTarget());
            }
            for (Node n : s.findAll(Node.class)) {
                String f = n == assigned ? null : fieldOf(n, self, owner, fields);
                if (f != null && !surely.contains(f)) {
                    needs.add(f);
                }
            }
            sure &= s.findAll(ReturnStmt.class).isEmpty();
            if (assigned != null && sure) {
                surely.add(fieldOf(assigned, self, owner, fields));
            }
        }
        return needs;
    }

    /** The field of the object that {@code n} names in the callee ({@code x} or {@code this.x} of the receiver, {@code p.x}). */
    private static String fieldOf(Node n, boolean self, Node owner, Set<String> fields) {
        if (self && n instanceof NameExpr x && fields.contains(x.getNameAsString()) && Scopes.declaration(x.getNameAsString(), x).isEmpty()
                && !(x.getParentNode().orElse(null) instanceof FieldAccessExpr f && f.getScope() == x)) {
            return x.getNameAsString();
        }
        if (n instanceof FieldAccessExpr f && fields.contains(f.getNameAsString())) {
            Expression scope = Ast.unwrap(f.getScope());
            if (self && scope instanceof ThisExpr t && t.getTypeName().isEmpty()) {
                return f.getNameAsString();
            }
            if (owner != null && scope instanceof NameExpr p && Scopes.declaration(p.getNameAsString(), p).orElse(null) == owner) {
                return f.getNameAsString();
            }
        }
        return null;
    }

    /** Whether {@code write} (an assignment or increment) writes a field of one of the scratch objects. */
    static boolean writesField(Node write, List<Scratch> scratch) {
        Expression target = write instanceof AssignExpr a ? a.getTarget() : write instanceof UnaryExpr u ? u.getExpression() : null;
        return target != null && Ast.unwrap(target) instanceof FieldAccessExpr f
                && declarationOf(f.getScope()).map(decl -> scratch.stream().anyMatch(s -> s.declaration() == decl)).orElse(false);
    }

    /** Whether {@code e} is {@code this.tmp} for a scratch field: the block's copy is then named {@code tmp}. */
    public static boolean qualifiedScratch(Node e, List<Scratch> scratch) {
        return e instanceof FieldAccessExpr f && bareThis(f)
                && declarationOf(f).map(decl -> scratch.stream().anyMatch(s -> s.declaration() == decl)).orElse(false);
    }
}
