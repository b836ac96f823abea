package io.jpar.processor.analysis;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.LabeledStmt;
import com.github.javaparser.ast.stmt.Statement;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds derived induction variables ({@link Induction}) and the arrays they index apart. C-style numeric code fills
 * arrays through a counter: {@code int k = 0; for (y...) for (x...) row[k++] = f(x, y);}. The counter is a closed form
 * of the indices ({@code k0 + y * w + x}), so the loop is parallel once each iteration starts it where the sequential
 * loop would have it.
 *
 * <p>A local of the method ({@code int} or {@code long}) is one when the loop body changes it only by {@code k++},
 * {@code ++k} or {@code k += c} (an integer literal {@code c > 0}), each run exactly once per pass of the code around
 * it: not under a condition ({@code if}, {@code ?:}, {@code &&}, a {@code switch}, a {@code try}), in no loop but
 * inner {@code for} loops whose trip counts do not change with the iteration (bounds of names the loop does not
 * assign, no calls), and with no {@code break} or {@code continue} in the body. One iteration then adds the same
 * {@code D} (the increments times the trips of the inner loops around them), and iteration {@code n} (counted from
 * 0) starts with {@code k0 + n * D}.
 *
 * <p>Since {@code k} only grows, the values an iteration reads from it lie in {@code [k0 + n*D, k0 + (n+1)*D)} when
 * each read is followed in the same pass by an increment that surely runs: {@code a[k++]}, or {@code a[k]} in a
 * statement followed in its block by one that counts {@code k}. An array indexed only by such reads is touched by
 * each iteration in a range of its own.
 */
public final class InductionVariables {

    private InductionVariables() {
    }

    public static List<Induction> of(Statement body, CanonicalLoop outer, LoopScope scope) {
        if (!body.findAll(BreakStmt.class).isEmpty() || !body.findAll(ContinueStmt.class).isEmpty()) {
            return List.of();
        }
        Map<Node, List<Node>> writes = new LinkedHashMap<>();
        Map<Node, String> names = new IdentityHashMap<>();
        for (Node n : body.findAll(Node.class)) {
            Optional<NameExpr> target = LoopScope.assignedName(n);
            if (target.isPresent() && scope.kind(target.get()) == NameKind.OUTER_LOCAL) {
                Node decl = scope.declaration(target.get()).orElseThrow();
                writes.computeIfAbsent(decl, k -> new ArrayList<>()).add(n);
                names.put(decl, target.get().getNameAsString());
            }
        }
        List<Induction> out = new ArrayList<>();
        for (Map.Entry<Node, List<Node>> e : writes.entrySet()) {
            Optional<JavaType> type = Ast.declaredType(e.getKey());
            if (type.isEmpty() || !(type.get().equals(JavaType.INT) || type.get().equals(JavaType.LONG))) {
                continue;
            }
            List<String> terms = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            for (Node w : e.getValue()) {
                long inc = increment(w);
                List<Trips> trips = inc > 0 ? counted(w, body, outer, scope) : null;
                if (trips == null) {
                    terms = null;
                    break;
                }
                List<String> factors = new ArrayList<>(trips.stream().map(Trips::code).toList());
                List<String> said = new ArrayList<>(trips.stream().map(Trips::text).toList());
                if (inc != 1 || factors.isEmpty()) {
                    factors.add(0, Long.toString(inc));
                    said.add(0, Long.toString(inc));
                }
                terms.add(String.join(" * ", factors));
                texts.add(String.join(" * ", said));
            }
            // only counted, never read: a sum reduction, which costs no multiply per iteration
            if (terms != null && read(body, e.getKey(), names.get(e.getKey()), e.getValue())) {
                out.add(new Induction(names.get(e.getKey()), type.get(), e.getKey(), String.join(" + ", terms),
                        String.join(" + ", texts), List.copyOf(e.getValue())));
            }
        }
        return out;
    }

    /** Whether the body reads the variable: a use that is no update, or an update whose value is used ({@code row[k++]}). */
    private static boolean read(Node body, Node declaration, String name, List<Node> updates) {
        long uses = body.findAll(NameExpr.class, n -> n.getNameAsString().equals(name)
                && Scopes.declaration(name, n).orElse(null) == declaration).size();
        return uses > updates.size() || updates.stream().anyMatch(w -> !(w.getParentNode().orElse(null) instanceof ExpressionStmt));
    }

    /** What an update adds: 1 for {@code k++} and {@code ++k}, {@code c} for {@code k += c}; 0 for anything else. */
    private static long increment(Node w) {
        if (w instanceof UnaryExpr u) {
            return u.getOperator() == UnaryExpr.Operator.POSTFIX_INCREMENT || u.getOperator() == UnaryExpr.Operator.PREFIX_INCREMENT ? 1 : 0;
        }
        if (w instanceof AssignExpr a && a.getOperator() == AssignExpr.Operator.PLUS && Ast.unwrap(a.getValue()) instanceof IntegerLiteralExpr i) {
            try {
                long v = i.asNumber().longValue();
                return v > 0 && v <= Integer.MAX_VALUE ? v : 0;
            } catch (RuntimeException e) {
                return 0;
            }
        }
        return 0;
    }

    /**
     * The trip counts (as Java source) of the inner loops around an update that runs once per pass of them, or null
     * when it may be skipped or repeated otherwise.
     */
    private static List<Trips> counted(Node update, Node body, CanonicalLoop outer, LoopScope scope) {
        List<Trips> trips = new ArrayList<>();
        Node child = update;
        for (Node p = update.getParentNode().orElse(null); p != null; child = p, p = p.getParentNode().orElse(null)) {
            if (p instanceof ConditionalExpr || p instanceof LambdaExpr || p instanceof SwitchExpr || p instanceof BodyDeclaration<?>
                    || p instanceof BinaryExpr b && (b.getOperator() == BinaryExpr.Operator.AND || b.getOperator() == BinaryExpr.Operator.OR)) {
                return null;
            }
            if (p instanceof Statement && !(p instanceof ExpressionStmt || p instanceof BlockStmt || p instanceof LabeledStmt
                    || p instanceof ForStmt)) {
                return null;                                   // if, while, do, for-each, switch, try, synchronized
            }
            if (p instanceof ForStmt f) {
                if (f.getBody() != child) {
                    return null;                               // in the loop's header: as often as its condition runs
                }
                Optional<Trips> t = rectangular(f, outer, scope);
                if (t.isEmpty()) {
                    return null;
                }
                trips.add(0, t.get());
            }
            if (p == body) {
                return trips;
            }
        }
        return null;
    }

    /** The trips of an inner loop: {@code Trips.inner(...)} to run, and as explain says it ({@code w}, {@code (w - 2 + 1)}). */
    private record Trips(String code, String text) {
    }

    /** The trips of an inner int loop whose bounds and step are the same in every iteration. */
    private static Optional<Trips> rectangular(ForStmt f, CanonicalLoop outer, LoopScope scope) {
        CanonicalForm.Result r = CanonicalForm.of(f);
        if (!r.ok() || !r.loop().type().equals(JavaType.INT)) {
            return Optional.empty();
        }
        CanonicalLoop c = r.loop();
        List<Expression> parts = new ArrayList<>(List.of(c.first(), c.limit()));
        CanonicalForm.stepExpression(c).ifPresent(parts::add);
        for (Expression e : parts) {
            if (!invariant(e, outer, scope)) {
                return Optional.empty();
            }
        }
        String code = "io.jpar.runtime.cpu.Trips.inner(io.jpar.runtime.Relation." + c.relation() + ", " + c.first() + ", "
                + c.limit() + ", " + c.step() + ")";
        String first = c.first().toString();
        String span = switch (c.relation()) {
            case LT -> first.equals("0") ? c.limit().toString() : "(" + c.limit() + " - " + first + ")";
            case LE -> first.equals("0") ? "(" + c.limit() + " + 1)" : "(" + c.limit() + " - " + first + " + 1)";
            default -> null;
        };
        String text = span != null && c.step().equals("1") ? span : "the trips of the " + c.name() + " loop";
        return Optional.of(new Trips(code, text));
    }

    /** Built of literals and of names the loop does not assign, without calls: the same value in every iteration. */
    private static boolean invariant(Expression e, CanonicalLoop outer, LoopScope scope) {
        for (Node n : e.findAll(Node.class)) {
            boolean allowed = n instanceof LiteralExpr || n instanceof NameExpr || n instanceof FieldAccessExpr
                    || n instanceof BinaryExpr || n instanceof EnclosedExpr || n instanceof CastExpr || n instanceof ArrayAccessExpr
                    || n instanceof UnaryExpr u && (u.getOperator() == UnaryExpr.Operator.MINUS || u.getOperator() == UnaryExpr.Operator.PLUS)
                    || n instanceof com.github.javaparser.ast.type.Type || n instanceof com.github.javaparser.ast.expr.SimpleName;
            if (!allowed) {
                return false;
            }
            if (n instanceof NameExpr name) {
                NameKind kind = scope.kind(name);
                if (kind == NameKind.INDEX || kind == NameKind.BODY_LOCAL || !scope.writesOf(name).isEmpty()) {
                    return false;
                }
            }
        }
        return Invariance.whyVariant(e, scope).isEmpty();
    }

    /**
     * The proof that the accesses of an array touch a range of their own in each iteration, when all index it by
     * one induction variable at a point its next increment surely follows; empty otherwise.
     */
    public static Optional<AffineDependence.Verdict> lanes(List<ArrayAccess> group, List<Induction> inductions, CanonicalLoop outer) {
        Induction by = null;
        ArrayAccess counted = null;
        ArrayAccess other = null;
        for (ArrayAccess a : group) {
            Induction k = a.role() == ArrayAccess.Role.WHOLE || a.indices().size() != 1 || a.elementField() ? null
                    : inductions.stream().filter(i -> readBeforeIncrement(a.indices().get(0), i)).findFirst().orElse(null);
            if (k == null || (by != null && by != k)) {
                other = other == null ? a : other;
                continue;
            }
            by = k;
            counted = counted == null || (!counted.writes() && a.writes()) ? a : counted;
        }
        if (by == null) {
            return Optional.empty();
        }
        if (other != null) {
            // row[k] with row[k - 1]: the other index is no value of this iteration's own range
            ArrayAccess write = counted.writes() ? counted : other;
            ArrayAccess second = write == counted ? other : counted;
            return Optional.of(new AffineDependence.Verdict(null, write, second, by.name() + " counts the iterations (it grows by "
                    + by.perIterationText() + " per iteration), and only " + group.get(0).array() + "[" + by.name() + "++], or "
                    + group.get(0).array() + "[" + by.name() + "] before a statement that counts it, stays within one iteration's range"));
        }
        String d = by.perIterationText();
        return Optional.of(new AffineDependence.Verdict("a counter: " + by.name() + " grows by D = " + d + " per iteration and is"
                + " used before its next increment, so iteration n touches only " + group.get(0).array() + "[" + by.name() + "0 + n * D]"
                + " to " + group.get(0).array() + "[" + by.name() + "0 + (n + 1) * D - 1]", null, null, null));
    }

    /** Whether {@code index} is {@code k++}, or a read of {@code k} that an increment of it surely follows in its pass. */
    private static boolean readBeforeIncrement(Expression index, Induction k) {
        Expression x = Ast.unwrap(index);
        if (x instanceof UnaryExpr u && u.getOperator() == UnaryExpr.Operator.POSTFIX_INCREMENT) {
            return k.updates().stream().anyMatch(w -> w == u);
        }
        if (!(x instanceof NameExpr n) || !n.getNameAsString().equals(k.name())
                || Scopes.declaration(k.name(), n).orElse(null) != k.declaration()) {
            return false;
        }
        // the statement of the read, in its block; a later statement of that block counts k (not in a loop of its own)
        Node child = n;
        Node p = n.getParentNode().orElse(null);
        while (p != null && !(p instanceof BlockStmt)) {
            if (p instanceof ForStmt || p instanceof com.github.javaparser.ast.stmt.WhileStmt || p instanceof com.github.javaparser.ast.stmt.DoStmt
                    || p instanceof com.github.javaparser.ast.stmt.ForEachStmt) {
                return false;                                  // read in a loop that may run more often than the increment
            }
            child = p;
            p = p.getParentNode().orElse(null);
        }
        if (!(p instanceof BlockStmt block)) {
            return false;
        }
        int at = block.getStatements().indexOf(child);
        for (int s = at + 1; s < block.getStatements().size(); s++) {
            Statement later = block.getStatement(s);
            for (Node w : k.updates()) {
                if (within(w, later) && !inLoopWithin(w, later)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean within(Node n, Node region) {
        for (Node p = n; p != null; p = p.getParentNode().orElse(null)) {
            if (p == region) {
                return true;
            }
        }
        return false;
    }

    private static boolean inLoopWithin(Node n, Node region) {
        for (Node p = n.getParentNode().orElse(null); p != null && p != region; p = p.getParentNode().orElse(null)) {
            if (p instanceof ForStmt) {
                return true;
            }
        }
        return region instanceof ForStmt;
    }

    /** The updates of the inductions, for the analysis to leave out of the reduction search. */
    static Set<Node> declarations(List<Induction> inductions) {
        Set<Node> out = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        inductions.forEach(i -> out.add(i.declaration()));
        return out;
    }
}
