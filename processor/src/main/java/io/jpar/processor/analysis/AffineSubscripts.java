package io.jpar.processor.analysis;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.ForStmt;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Array subscripts as affine functions of one iteration: {@code a·i + Σ c·r + rest}, with {@code i} the parallel
 * loop's index, each {@code r} a value confined to a range (an inner loop's index, {@code for (c = 0; c < 8; c++)},
 * less any multiple of {@code i} its bounds share) and {@code rest} loop-invariant. Locals of the body assigned once
 * where declared ({@code int j = base + k;}) stand for their initializer; {@code final} locals and fields with a
 * literal value ({@code static final int B = 8}) are numbers. Everything else that is invariant is a symbol.
 */
public final class AffineSubscripts {

    /** A value confined to {@code [low, high]} in every iteration: what remains of an inner loop's index. */
    public record Range(String name, Linear low, Linear high) {
    }

    /**
     * A symbol that is a local of the method holding {@code floor(dividend / divisor)}: {@code int half = len / 2;}
     * or {@code len >> 1}, assigned only there. What it says of the dividend ({@code len = 2·half + r},
     * {@code 0 <= r < 2}, where {@code len >= 0}) lets the test relate a butterfly's offset to its step.
     */
    public record Quotient(String dividend, long divisor) {
    }

    /** {@code index·i + Σ ranged·r + rest}. */
    public record Affine(long index, Map<Range, Long> ranged, Linear rest) {
        Affine plus(Affine o, long k) {
            Linear r = rest.plus(o.rest, k);
            Map<Range, Long> sum = Linear.sum(ranged, o.ranged, k);
            try {
                return r == null || sum == null ? null : new Affine(Math.addExact(index, Math.multiplyExact(k, o.index)), sum, r);
            } catch (ArithmeticException overflow) {
                return null;
            }
        }

        Affine times(long k) {
            return new Affine(0, Map.of(), Linear.of(0)).plus(this, k);
        }

        boolean isConstant() {
            return index == 0 && ranged.isEmpty() && rest.isConstant();
        }
    }

    private static final int DEPTH = 8;

    private final LoopScope scope;
    private final String index;
    private final Node body;
    private final Map<Node, Optional<Range>> ranges = new LinkedHashMap<>();
    private final Map<String, Quotient> quotients = new LinkedHashMap<>();

    public AffineSubscripts(LoopScope scope, String index, Node body) {
        this.scope = scope;
        this.index = index;
        this.body = body;
    }

    /** The quotient symbols met so far, by symbol. */
    public Map<String, Quotient> quotients() {
        return Map.copyOf(quotients);
    }

    public Optional<Affine> of(Expression e) {
        return Optional.ofNullable(parse(e, 0));
    }

    private Affine parse(Expression e, int depth) {
        if (depth > DEPTH) {
            return null;
        }
        Expression x = Ast.unwrap(e);
        if (x instanceof IntegerLiteralExpr literal) {
            Long v = literal(literal);
            return v == null ? null : constant(Linear.of(v));
        }
        if (x instanceof NameExpr n) {
            return name(n, depth);
        }
        if (x instanceof UnaryExpr u && (u.getOperator() == UnaryExpr.Operator.MINUS || u.getOperator() == UnaryExpr.Operator.PLUS)) {
            Affine inner = parse(u.getExpression(), depth + 1);
            return inner == null ? null : u.getOperator() == UnaryExpr.Operator.MINUS ? inner.times(-1) : inner;
        }
        if (x instanceof BinaryExpr b) {
            Affine l = parse(b.getLeft(), depth + 1);
            Affine r = parse(b.getRight(), depth + 1);
            switch (b.getOperator()) {
                case PLUS, MINUS -> {
                    if (l != null && r != null) {
                        return l.plus(r, b.getOperator() == BinaryExpr.Operator.PLUS ? 1 : -1);
                    }
                }
                case MULTIPLY -> {
                    if (l != null && r != null && (constantOf(l) != null || constantOf(r) != null)) {
                        return constantOf(l) != null ? r.times(constantOf(l)) : l.times(constantOf(r));
                    }
                }
                case LEFT_SHIFT -> {
                    Long k = r == null ? null : constantOf(r);
                    if (l != null && k != null && k >= 0 && k < 31) {
                        return l.times(1L << k);
                    }
                }
                default -> {
                }
            }
        }
        return invariant(x) ? constant(Linear.symbol(x.toString())) : null;
    }

    private Affine name(NameExpr n, int depth) {
        if (n.getNameAsString().equals(index)) {
            return new Affine(1, Map.of(), Linear.of(0));
        }
        Optional<Node> decl = Scopes.declaration(n.getNameAsString(), n);
        if (decl.isPresent() && decl.get() instanceof VariableDeclarator v && Scopes.within(v, body)) {
            Optional<Range> range = ranges.get(v);
            if (range == null) {
                range = innerIndex(v);                  // parses the bounds, so not inside computeIfAbsent
                ranges.put(v, range);
            }
            if (range.isPresent()) {
                // k = q·i + r: the bounds' common multiple of i, and what is left, confined to [low, high]
                return new Affine(innerMultiple(v), Map.of(range.get(), 1L), Linear.of(0));
            }
            if (v.getInitializer().isPresent() && !Scopes.assigned(v, v.getNameAsString(), null)) {
                return parse(v.getInitializer().get(), depth + 1);
            }
            return null;
        }
        Optional<ForStmt> counting = decl.isPresent() ? LoopScope.countingLoop(decl.get(), n, body) : Optional.empty();
        if (counting.isPresent()) {
            // C style: an inner loop's index declared at the top; within that loop's body it keeps to its range
            Optional<Range> range = ranges.get(counting.get());
            if (range == null) {
                range = innerIndex((VariableDeclarator) decl.get(), counting.get());
                ranges.put(counting.get(), range);
            }
            return range.map(r -> new Affine(innerMultiple(counting.get()), Map.of(r, 1L), Linear.of(0))).orElse(null);
        }
        if (!invariant(n)) {
            return null;
        }
        Long value = literalValue(n, decl);
        if (value == null) {
            quotient(n, decl).ifPresent(q -> quotients.put(n.getNameAsString(), q));
        }
        return constant(value != null ? Linear.of(value) : Linear.symbol(n.getNameAsString()));
    }

    /** An inner loop's index with ±1 steps and bounds {@code q·i + invariant}, as its range; empty otherwise. */
    private Optional<Range> innerIndex(VariableDeclarator v) {
        if (!(v.getParentNode().orElse(null) instanceof VariableDeclarationExpr d)
                || !(d.getParentNode().orElse(null) instanceof ForStmt f) || !f.getInitialization().contains(d)) {
            return Optional.empty();
        }
        return innerIndex(v, f);
    }

    /** The range of {@code v}, the index of {@code f}, within {@code f}'s body. */
    private Optional<Range> innerIndex(VariableDeclarator v, ForStmt f) {
        CanonicalForm.Result r = CanonicalForm.of(f);
        if (!r.ok() || r.loop().index() != v || Scopes.assigned(v, v.getNameAsString(), f.getBody())) {
            return Optional.empty();
        }
        CanonicalLoop c = r.loop();
        Affine first = parse(c.first(), 1);
        Affine limit = parse(c.limit(), 1);
        if (first == null || limit == null || first.index() != limit.index() || !first.ranged().isEmpty()
                || !limit.ranged().isEmpty()) {
            return Optional.empty();
        }
        Linear low;
        Linear high;
        boolean up = c.step().equals("1");
        if (!up && !c.step().equals("-1")) {
            return Optional.empty();
        }
        switch (c.relation()) {
            case LT -> { low = up ? first.rest() : null; high = limit.rest().plus(Linear.of(-1)); }
            case GT -> { low = limit.rest().plus(Linear.of(1)); high = up ? null : first.rest(); }
            case LE, GE -> {
                // i <= MAX_VALUE never ends: the index wraps; only a literal bound short of it is a range
                Long bound = limit.rest().isConstant() ? limit.rest().constant() : null;
                if (bound == null || bound >= Integer.MAX_VALUE || bound <= Integer.MIN_VALUE) {
                    return Optional.empty();
                }
                low = c.relation() == Relation.LE ? (up ? first.rest() : null) : limit.rest();
                high = c.relation() == Relation.LE ? limit.rest() : (up ? null : first.rest());
            }
            default -> { return Optional.empty(); }
        }
        if (low == null || high == null) {
            return Optional.empty();
        }
        return Optional.of(new Range(v.getNameAsString() + "@" + f.getBegin().map(p -> p.line + ":" + p.column).orElse("?"),
                low, high));
    }

    private long innerMultiple(VariableDeclarator v) {
        return innerMultiple((ForStmt) v.getParentNode().orElseThrow().getParentNode().orElseThrow());
    }

    private long innerMultiple(ForStmt f) {
        Affine first = parse(CanonicalForm.of(f).loop().first(), 1);
        return first == null ? 0 : first.index();
    }

    /**
     * The value of a local of the method assigned only where it is declared, or of a final field of the method's
     * own class, when that is an int literal.
     */
    private Long literalValue(NameExpr n, Optional<Node> decl) {
        VariableDeclarator v = null;
        if (decl.isPresent() && decl.get() instanceof VariableDeclarator local
                && local.getParentNode().orElse(null) instanceof VariableDeclarationExpr d
                && (d.isFinal() || !Scopes.assigned(local, local.getNameAsString(), null))) {
            v = local;
        } else if (decl.isEmpty()) {
            Node type = n;
            while (type != null && !(type instanceof TypeDeclaration<?>)) {
                type = type.getParentNode().orElse(null);
            }
            if (type instanceof TypeDeclaration<?> t) {
                for (FieldDeclaration field : t.getFields()) {
                    for (VariableDeclarator f : field.getVariables()) {
                        if (f.getNameAsString().equals(n.getNameAsString())) {
                            v = field.isFinal() ? f : null;
                            break;
                        }
                    }
                }
            }
        }
        if (v == null || v.getInitializer().isEmpty()) {
            return null;
        }
        Expression init = Ast.unwrap(v.getInitializer().get());
        boolean negative = init instanceof UnaryExpr u && u.getOperator() == UnaryExpr.Operator.MINUS;
        if (negative) {
            init = Ast.unwrap(((UnaryExpr) init).getExpression());
        }
        Long value = init instanceof IntegerLiteralExpr literal ? literal(literal) : null;
        return value == null ? null : negative ? -value : value;
    }

    /** {@code half} declared {@code int half = len / 2;} (or {@code len >> 1}) and never assigned again, {@code len} a local too. */
    private Optional<Quotient> quotient(NameExpr n, Optional<Node> decl) {
        if (decl.isEmpty() || !(decl.get() instanceof VariableDeclarator v) || v.getInitializer().isEmpty()
                || Scopes.assigned(v, v.getNameAsString(), null) || !(Ast.unwrap(v.getInitializer().get()) instanceof BinaryExpr b)
                || !(Ast.unwrap(b.getLeft()) instanceof NameExpr dividend) || !(Ast.unwrap(b.getRight()) instanceof IntegerLiteralExpr k)) {
            return Optional.empty();
        }
        Long c = literal(k);
        Optional<Node> dividendDecl = Scopes.declaration(dividend.getNameAsString(), v);
        boolean stable = dividendDecl.isPresent() && !Scopes.within(dividendDecl.get(), body)
                && Scopes.declaration(dividend.getNameAsString(), n).equals(dividendDecl)
                && unchangedUntilLoopEnds(v, dividendDecl.get(), dividend.getNameAsString());
        if (c == null || !stable) {
            return Optional.empty();
        }
        if (b.getOperator() == BinaryExpr.Operator.DIVIDE && c >= 2) {
            return Optional.of(new Quotient(dividend.getNameAsString(), c));
        }
        if (b.getOperator() == BinaryExpr.Operator.SIGNED_RIGHT_SHIFT && c >= 1 && c < 31) {
            return Optional.of(new Quotient(dividend.getNameAsString(), 1L << c));
        }
        return Optional.empty();
    }

    /**
     * Whether nothing assigns the dividend from the quotient's declaration until the parallel loop ends: the
     * statements of the declaration's block from it to the one holding the loop (an enclosing loop's update, as
     * {@code len <<= 1}, runs after the loop and before the quotient is declared again).
     */
    private boolean unchangedUntilLoopEnds(VariableDeclarator quotient, Node dividend, String name) {
        Node statement = quotient.findAncestor(com.github.javaparser.ast.stmt.Statement.class).orElse(null);
        if (statement == null || !(statement.getParentNode().orElse(null) instanceof com.github.javaparser.ast.stmt.BlockStmt block)) {
            return false;
        }
        boolean from = false;
        for (com.github.javaparser.ast.stmt.Statement st : block.getStatements()) {
            from |= st == statement;
            if (from && Scopes.assigned(dividend, name, st)) {
                return false;
            }
            if (from && Scopes.within(body, st)) {
                return true;
            }
        }
        return false;
    }

    private static Long literal(IntegerLiteralExpr e) {
        try {
            return e.asNumber().longValue();
        } catch (RuntimeException malformed) {
            return null;
        }
    }

    private static Long constantOf(Affine a) {
        return a.isConstant() ? a.rest().constant() : null;
    }

    private static Affine constant(Linear l) {
        return l == null ? null : new Affine(0, new TreeMap<>(), l);
    }

    private boolean invariant(Expression e) {
        return !CanonicalForm.mentions(e, index) && Invariance.whyVariant(e, scope).isEmpty()
                && e.findAll(NameExpr.class).stream().noneMatch(n -> Scopes.declaration(n.getNameAsString(), n)
                        .map(d -> Scopes.within(d, body)).orElse(false));
    }
}
