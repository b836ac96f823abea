package io.jpar.processor.analysis;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.resolution.declarations.ResolvedFieldDeclaration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reductions into fields ({@code this.checksum += v}, a static {@code total += v}, {@code Stats.count++}): a field
 * of {@code this} or a static field that the loop touches only by compound updates with one operator, that no
 * method the loop calls reads, is reduced like a local. Each block keeps a partial; the partials merge in block
 * order; the field gets the result after the loop, as the sequential loop leaves it.
 *
 * <p>Only the compound forms count ({@code f op= e}, {@code f++}, {@code f--}, with {@code e} not mentioning the
 * field): a field read anywhere else in the loop, by the body or a callee, would see a partial value.
 */
final class FieldReductions {

    /** One field's updates so far. */
    private record Candidate(String key, String name, JavaType type, List<Expression> targets, List<String> operators,
                             List<Integer> lines) {
    }

    private FieldReductions() {
    }

    /**
     * The field reductions of a loop body; {@code calls} are the body's calls, whose field reads disqualify a field.
     * The writes they cover are the {@link Reduction#targets()} of each.
     */
    static List<Reduction> of(Node body, List<ScalarWrite> writes, List<CallFact> calls, List<CalleeReductions.Candidate> callees) {
        Map<String, Candidate> byField = new LinkedHashMap<>();
        Map<String, Boolean> broken = new LinkedHashMap<>();
        Map<Expression, Boolean> covered = new IdentityHashMap<>();
        // the loop's own updates, then those of the methods it calls that may update fields as reductions
        List<Map.Entry<ScalarWrite, Node>> where = new ArrayList<>();
        writes.forEach(w -> where.add(Map.entry(w, body)));
        List<Node> regions = new ArrayList<>(List.of(body));
        for (CalleeReductions.Candidate c : callees) {
            Node region = c.callee().getBody().get();
            if (regions.stream().noneMatch(r -> r == region)) {
                regions.add(region);
                c.writes().forEach(w -> where.add(Map.entry(w, region)));
            }
        }
        Set<Node> calling = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        callees.forEach(c -> calling.add(c.call()));
        for (Map.Entry<ScalarWrite, Node> entry : where) {
            ScalarWrite w = entry.getKey();
            if (w.kind() != NameKind.FIELD) {
                continue;
            }
            Expression target = target(w.node());
            Optional<ResolvedFieldDeclaration> field = target == null ? Optional.empty() : field(target);
            if (field.isEmpty()) {
                continue;
            }
            String key = key(field.get());
            // an update in a lambda or a class of the body may run at any time, and a lambda cannot assign the partial
            String op = inFunction(w.node(), entry.getValue()) ? null : operator(w.node(), field.get().getName());
            JavaType type;
            try {
                type = JavaType.of(field.get().getType().describe());
            } catch (RuntimeException | StackOverflowError e) {
                broken.put(key, true);
                continue;
            }
            if (op == null || !fits(op, type)) {
                broken.put(key, true);
                continue;
            }
            Candidate c = byField.computeIfAbsent(key, k -> new Candidate(k, field.get().getName(), type, new ArrayList<>(),
                    new ArrayList<>(), new ArrayList<>()));
            c.targets().add(target);
            c.operators().add(ReductionUpdates.family(op));
            if (!c.lines().contains(Lines.line(w.node()))) {
                c.lines().add(Lines.line(w.node()));
            }
            covered.put(target, true);
        }
        List<Reduction> out = new ArrayList<>();
        for (Candidate c : byField.values()) {
            if (broken.containsKey(c.key()) || c.operators().stream().distinct().count() > 1
                    || regions.stream().anyMatch(r -> readElsewhere(r, c, covered))
                    || calls.stream().anyMatch(call -> !calling.contains(call.node()) && call.readsField(owner(c.key()), c.name()))) {
                continue;
            }
            Expression first = c.targets().get(0);
            // fields of two classes may share a name: their partials may not
            String partial = c.name() + "$field" + (out.stream().anyMatch(r -> r.name().equals(c.name() + "$field")) ? out.size() : "");
            out.add(new Reduction(partial, c.type(), c.operators().get(0), false, List.copyOf(c.lines()),
                    Quote.of(first), List.copyOf(c.targets())));
        }
        return out;
    }

    /** The field an update writes: {@code f}, {@code this.f} or {@code Type.f}; null for a field of another object. */
    private static Expression target(Node write) {
        Expression t = write instanceof AssignExpr a ? Ast.unwrap(a.getTarget())
                : write instanceof UnaryExpr u ? Ast.unwrap(u.getExpression()) : null;
        if (t instanceof NameExpr) {
            return t;
        }
        // this.f, or Type.f (a static field, field() checks): a scope of names only, which the rewrite may drop
        return t instanceof FieldAccessExpr f && (f.getScope() instanceof ThisExpr th ? th.getTypeName().isEmpty() : names(f.getScope()))
                ? t : null;
    }

    private static boolean names(Expression e) {
        return e instanceof NameExpr || (e instanceof FieldAccessExpr f && names(f.getScope()));
    }

    private static Optional<ResolvedFieldDeclaration> field(Expression target) {
        try {
            var resolved = target instanceof NameExpr n ? n.resolve() : ((FieldAccessExpr) target).resolve();
            if (!resolved.isField()) {
                return Optional.empty();
            }
            ResolvedFieldDeclaration f = resolved.asField();
            // a field of this object, or a static one: an instance field reached by a type name does not compile
            boolean ofThis = target instanceof NameExpr || ((FieldAccessExpr) target).getScope() instanceof ThisExpr;
            return f.isStatic() || ofThis ? Optional.of(f) : Optional.empty();
        } catch (RuntimeException | StackOverflowError e) {
            return Optional.empty();
        }
    }

    private static boolean inFunction(Node n, Node body) {
        for (Node p = n.getParentNode().orElse(null); p != null && p != body; p = p.getParentNode().orElse(null)) {
            if (p instanceof com.github.javaparser.ast.expr.LambdaExpr || p instanceof com.github.javaparser.ast.body.BodyDeclaration<?>) {
                return true;
            }
        }
        return false;
    }

    private static String key(ResolvedFieldDeclaration f) {
        return f.declaringType().getQualifiedName() + "." + f.getName();
    }

    private static String owner(String key) {
        return key.substring(0, key.lastIndexOf('.'));
    }

    /** The operator of a compound update statement of the field; null for any other write. */
    private static String operator(Node write, String name) {
        if (!(write.getParentNode().orElse(null) instanceof ExpressionStmt)) {
            return null;
        }
        if (write instanceof UnaryExpr) {
            return "+";
        }
        AssignExpr a = (AssignExpr) write;
        if (mentions(a.getValue(), name)) {
            return null;
        }
        return ReductionFinder.compound(a.getOperator());
    }

    private static boolean fits(String op, JavaType type) {
        JavaType t = type.unboxed();
        return switch (op) {
            case "+", "-", "*" -> t.numeric() && t.primitive() && type.primitive();
            default -> type.primitive() && (t.integral() || t.bool());
        };
    }

    /** Whether the field is named in the value of an update (a read the partial would change). */
    private static boolean mentions(Expression e, String name) {
        return e.findAll(NameExpr.class).stream().anyMatch(n -> n.getNameAsString().equals(name))
                || e.findAll(FieldAccessExpr.class).stream().anyMatch(f -> f.getNameAsString().equals(name));
    }

    /** Whether the body uses the field other than as the target of its updates. */
    private static boolean readElsewhere(Node body, Candidate c, Map<Expression, Boolean> covered) {
        for (Expression e : body.findAll(Expression.class)) {
            if (covered.containsKey(e) || !(e instanceof NameExpr || e instanceof FieldAccessExpr)) {
                continue;
            }
            String simple = e instanceof NameExpr n ? n.getNameAsString() : ((FieldAccessExpr) e).getNameAsString();
            if (!simple.equals(c.name())) {
                continue;
            }
            Optional<ResolvedFieldDeclaration> f = Ast.field(e);
            // a use jpar cannot place counts as a read of it
            if (f.isEmpty() ? !isLocal(e) : key(f.get()).equals(c.key())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLocal(Expression e) {
        return e instanceof NameExpr n && Scopes.declaration(n.getNameAsString(), n).isPresent();
    }
}
