package io.jpar.processor.analysis;

import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.UnaryExpr;
import io.jpar.processor.analysis.AffineSubscripts.Affine;
import io.jpar.processor.analysis.AffineSubscripts.Range;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dependence test over affine subscripts (a GCD/Banerjee-style bound with symbols): two accesses
 * {@code a·i + x} and {@code a·i' + y} of different iterations meet only where {@code a·(i - i') = y - x}; the
 * indices of two iterations differ by a non-zero multiple of the step {@code S}, so they never meet when every
 * value of {@code y - x} lies strictly between {@code -|a|·S} and {@code |a|·S}. That proves {@code a[s*i + c]}
 * for distinct {@code 0 <= c < s}, {@code a[i] .. a[i + 7]} under {@code i += 8}, an inner loop's block
 * {@code a[8*b + c]} for {@code c} in {@code [0, 8)}, and butterflies {@code a[i + k]}, {@code a[i + k + half]} under
 * {@code i += 2*half}. Symbols are bounded only by what the loops imply: a step that counts is at least 1 (a loop
 * whose step is not runs as the sequential loop), and an inner loop that runs is not empty.
 */
public final class AffineDependence {

    private AffineDependence() {
    }

    /**
     * What the test found for one array: {@code proof} when no two iterations meet; otherwise, where both accesses
     * of a pair are affine in their first index, the pair and why they may meet ({@code conflict}).
     */
    public record Verdict(String proof, ArrayAccess write, ArrayAccess other, String conflict, Lane lane) {
        Verdict(String proof, ArrayAccess write, ArrayAccess other, String conflict) {
            this(proof, write, other, conflict, null);
        }

        public boolean disjoint() {
            return proof != null;
        }
    }

    /**
     * Where a proven array's accesses lie in their first index: iteration {@code i} touches only
     * {@code scale·i + offset + c} for {@code 0 <= c < width}, and no two iterations' lanes overlap
     * ({@code width <= |scale|·step}), so each element belongs to at most one iteration: what CLUSTER moves by block.
     */
    public record Lane(long scale, Linear offset, long width) {
    }

    /**
     * Why no two iterations touch one element of the array of {@code group} where one of them writes it, or
     * empty when that cannot be proven. A proof in the first index relies on the rows of a written 2-D array
     * being distinct objects (the run-time overlap check); in any later index it holds for any rows.
     */
    public static Optional<Verdict> prove(List<ArrayAccess> group, CanonicalLoop outer, AffineSubscripts subscripts) {
        if (group.stream().anyMatch(a -> a.role() == ArrayAccess.Role.WHOLE)) {
            return Optional.empty();
        }
        Linear step = step(outer, subscripts);
        if (step == null || (step.isConstant() && step.constant() < 1)) {
            return Optional.empty();
        }
        Linear[] range = range(outer, subscripts);
        List<List<Affine>> parsed = new ArrayList<>();
        for (ArrayAccess a : group) {
            List<Affine> dims = new ArrayList<>();
            for (Expression e : a.indices()) {
                dims.add(subscripts.of(e).orElse(null));
            }
            parsed.add(dims);
        }
        int provenIn = -1;
        long coefficient = 0;
        java.util.Set<String> fixed = new java.util.LinkedHashSet<>();
        for (int w = 0; w < group.size(); w++) {
            if (!group.get(w).writes()) {
                continue;
            }
            for (int x = 0; x < group.size(); x++) {
                if (x < w && group.get(x).writes()) {
                    continue;                               // that pair was tested from x
                }
                int[] proof = dimension(parsed.get(w), parsed.get(x), step, range, subscripts.quotients());
                if (proof == null) {
                    String why = conflict(group.get(w), group.get(x), parsed.get(w), parsed.get(x), step, outer.name());
                    return why == null ? Optional.empty() : Optional.of(new Verdict(null, group.get(w), group.get(x), why));
                }
                if (proof[1] == FIXED) {
                    fixed.add((parsed.get(x).get(proof[0]).index() == 0 ? group.get(x) : group.get(w)).text());
                } else {
                    provenIn = Math.max(provenIn, proof[0]);
                    coefficient = parsed.get(w).get(proof[0]).index();
                }
            }
        }
        if (provenIn < 0) {
            return Optional.empty();
        }
        String outside = fixed.isEmpty() ? "" : "; " + String.join(", ", fixed) + ", the same in every iteration, "
                + "lie outside the range the loop index covers";
        long a = Math.abs(coefficient);
        String apart = step.isConstant() ? Long.toString(a * step.constant()) : (a == 1 ? "" : a + " * ") + "(" + step + ")";
        return Optional.of(new Verdict("affine test: in index " + (provenIn + 1) + " two iterations are at least " + apart
                + " apart, farther than any two of these accesses within one iteration" + outside, null, null, null,
                provenIn == 0 && fixed.isEmpty() ? lane(parsed, step) : null));
    }

    /** The lane all first indices lie in, when they grow alike and differ by constants; null otherwise. */
    private static Lane lane(List<List<Affine>> parsed, Linear step) {
        if (!step.isConstant() || parsed.isEmpty() || parsed.get(0).isEmpty() || parsed.get(0).get(0) == null) {
            return null;
        }
        long a = parsed.get(0).get(0).index();
        Linear base = null;
        long low = Long.MAX_VALUE;
        long high = Long.MIN_VALUE;
        for (List<Affine> dims : parsed) {
            Affine f = dims.isEmpty() ? null : dims.get(0);
            if (f == null || f.index() != a || a == 0) {
                return null;
            }
            Linear least = f.rest();
            Linear most = f.rest();
            for (Map.Entry<Range, Long> t : f.ranged().entrySet()) {
                least = add(least, t.getKey(), t.getValue(), false);
                most = add(most, t.getKey(), t.getValue(), true);
            }
            if (least == null || most == null) {
                return null;
            }
            base = base == null ? least : base;
            Linear lo = least.minus(base);
            Linear hi = most.minus(base);
            if (lo == null || hi == null || !lo.isConstant() || !hi.isConstant()) {
                return null;
            }
            low = Math.min(low, lo.constant());
            high = Math.max(high, hi.constant());
        }
        try {
            long width = Math.subtractExact(high, low) + 1;
            Linear offset = base.plus(Linear.of(low));
            return offset != null && width >= 1 && width <= Math.multiplyExact(Math.abs(a), step.constant())
                    && width <= Integer.MAX_VALUE && Math.abs(a) <= Integer.MAX_VALUE ? new Lane(a, offset, width) : null;
        } catch (ArithmeticException overflow) {
            return null;
        }
    }

    /** Why two accesses whose first indices are both affine may meet; null where either is not affine. */
    private static String conflict(ArrayAccess wa, ArrayAccess xa, List<Affine> w, List<Affine> x, Linear step, String index) {
        Affine a = w.isEmpty() ? null : w.get(0);
        Affine b = x.isEmpty() ? null : x.get(0);
        if (a == null || b == null || a.index() == 0 || b.index() == 0) {
            return null;
        }
        if (a.index() != b.index()) {
            return "their first indices grow at different rates with the loop index (" + a.index() + " and " + b.index()
                    + " per step of 1), so one iteration's element can be another's";
        }
        Linear low = b.rest().minus(a.rest());
        Linear high = low;
        for (Map.Entry<Range, Long> t : b.ranged().entrySet()) {
            low = add(low, t.getKey(), t.getValue(), false);
            high = add(high, t.getKey(), t.getValue(), true);
        }
        for (Map.Entry<Range, Long> t : a.ranged().entrySet()) {
            low = add(low, t.getKey(), -t.getValue(), false);
            high = add(high, t.getKey(), -t.getValue(), true);
        }
        Linear reach = step.times(Math.abs(a.index()));
        if (low == null || high == null || reach == null) {
            return null;
        }
        if (low.equals(high) && low.isConstant() && step.isConstant() && low.constant() % a.index() == 0
                && (low.constant() / a.index()) % step.constant() == 0) {
            // an exact witness: X of iteration i is W of iteration i + d
            long d = low.constant() / a.index();
            return xa.text() + " of iteration " + index + " is " + wa.text() + " of iteration " + index
                    + (d < 0 ? " - " : " + ") + Math.abs(d);
        }
        String distance = reach.isConstant() ? reach.toString() : "(" + reach + ")";
        if (wa == xa) {
            return "within one iteration it reaches elements up to " + high + " apart, and two iterations are only "
                    + distance + " apart" + (reach.isConstant() ? "" : " as far as jpar can prove");
        }
        String apart = low.equals(high) ? low.toString() : "from " + low + " to " + high;
        return "within one iteration their first indices are " + apart + " apart, and two iterations only "
                + distance + (reach.isConstant() ? "" : " as far as jpar can prove");
    }

    private static final int APART = 0;
    private static final int FIXED = 1;

    /**
     * The index in which accesses {@code w} and {@code x} of two iterations always differ and how it was proven
     * ({@code {index, APART or FIXED}}); null if no index is proven.
     */
    private static int[] dimension(List<Affine> w, List<Affine> x, Linear step, Linear[] range,
                                   Map<String, AffineSubscripts.Quotient> quotients) {
        int common = Math.min(w.size(), x.size());
        for (int d = 0; d < common; d++) {
            // a later index proves nothing about rows that may be one object, unless it is the element's own
            boolean usable = d == 0 || (d == w.size() - 1 && d == x.size() - 1);
            if (usable && w.get(d) != null && x.get(d) != null) {
                if (apart(w.get(d), x.get(d), step, quotients)) {
                    return new int[] {d, APART};
                }
                if (neverMeets(w.get(d), x.get(d), range)) {
                    return new int[] {d, FIXED};
                }
            }
        }
        return null;
    }

    /**
     * One index moves with the loop, the other is the same in every iteration ({@code a[j][c]} and the pivot row
     * {@code a[k][c]} under {@code j} from {@code k + 1}): they never meet when, over the index's whole range, the
     * moving one stays on one side of the fixed one.
     */
    private static boolean neverMeets(Affine w, Affine x, Linear[] range) {
        if (range == null || (w.index() == 0) == (x.index() == 0)) {
            return false;
        }
        Affine moving = w.index() != 0 ? w : x;
        Affine fixed = moving == w ? x : w;
        long a = moving.index();
        // moving - fixed = a·i + e, e in [low, high]
        Linear low = moving.rest().minus(fixed.rest());
        Linear high = low;
        List<Linear> facts = new ArrayList<>();
        for (Map.Entry<Range, Long> t : moving.ranged().entrySet()) {
            low = add(low, t.getKey(), t.getValue(), false);
            high = add(high, t.getKey(), t.getValue(), true);
            facts.add(t.getKey().high().minus(t.getKey().low()));
        }
        for (Map.Entry<Range, Long> t : fixed.ranged().entrySet()) {
            low = add(low, t.getKey(), -t.getValue(), false);
            high = add(high, t.getKey(), -t.getValue(), true);
            facts.add(t.getKey().high().minus(t.getKey().low()));
        }
        facts.add(range[1].minus(range[0]));                            // the loop ran: last - first >= 0
        Linear least = low == null ? null : (a > 0 ? range[0] : range[1]).times(a);
        Linear most = high == null ? null : (a > 0 ? range[1] : range[0]).times(a);
        least = least == null ? null : least.plus(low);
        most = most == null ? null : most.plus(high);
        return positive(least, facts) || (most != null && positive(most.times(-1), facts));
    }

    /**
     * The values the loop index takes, {@code {least, greatest}}, as a loop that counts has them; null where its
     * bounds are not affine in invariants.
     */
    private static Linear[] range(CanonicalLoop loop, AffineSubscripts subscripts) {
        Optional<Affine> first = subscripts.of(loop.first());
        Optional<Affine> limit = subscripts.of(loop.limit());
        if (first.isEmpty() || limit.isEmpty() || first.get().index() != 0 || !first.get().ranged().isEmpty()
                || limit.get().index() != 0 || !limit.get().ranged().isEmpty()) {
            return null;
        }
        Linear f = first.get().rest();
        Linear l = limit.get().rest();
        Linear[] r = switch (loop.relation()) {
            case LT -> new Linear[] {f, l.plus(Linear.of(-1))};
            case LE -> new Linear[] {f, l};
            case GT -> new Linear[] {l.plus(Linear.of(1)), f};
            case GE -> new Linear[] {l, f};
        };
        return r[0] == null || r[1] == null ? null : r;
    }

    private static boolean apart(Affine w, Affine x, Linear step, Map<String, AffineSubscripts.Quotient> quotients) {
        long a = w.index();
        if (a == 0 || a != x.index() || a == Long.MIN_VALUE) {
            return false;
        }
        Linear low = x.rest().minus(w.rest());
        Linear high = low;
        List<Linear> facts = new ArrayList<>();
        if (!step.isConstant()) {
            facts.add(step.plus(Linear.of(-1)));                    // step - 1 >= 0
        }
        for (Map.Entry<Range, Long> t : x.ranged().entrySet()) {
            low = add(low, t.getKey(), t.getValue(), false);
            high = add(high, t.getKey(), t.getValue(), true);
            facts.add(t.getKey().high().minus(t.getKey().low()));  // the inner loop ran: high - low >= 0
        }
        for (Map.Entry<Range, Long> t : w.ranged().entrySet()) {
            low = add(low, t.getKey(), -t.getValue(), false);
            high = add(high, t.getKey(), -t.getValue(), true);
            facts.add(t.getKey().high().minus(t.getKey().low()));
        }
        Linear reach = step.times(Math.abs(a));
        if (low == null || high == null || reach == null) {
            return false;
        }
        Linear above = reach.minus(high);
        Linear below = reach.plus(low);
        // i += len with half = len / 2: the step is a symbol, at least 1, so len = 2·half + r with 0 <= r < 2
        if (step.terms().size() == 1 && step.constant() == 0) {
            String s = step.terms().keySet().iterator().next();
            for (Map.Entry<String, AffineSubscripts.Quotient> q : quotients.entrySet()) {
                if (q.getValue().dividend().equals(s) && step.terms().get(s) > 0) {
                    String r = "(" + s + " % " + q.getValue().divisor() + ")";
                    Linear by = Linear.symbol(q.getKey()).times(q.getValue().divisor()).plus(Linear.symbol(r));
                    above = substitute(above, s, by);
                    below = substitute(below, s, by);
                    facts.add(Linear.symbol(r));                                            // r >= 0
                    facts.add(Linear.of(q.getValue().divisor() - 1).minus(Linear.symbol(r)));  // r <= divisor - 1
                    break;
                }
            }
        }
        return positive(above, facts) && positive(below, facts);
    }

    /** {@code l} with the symbol {@code s} replaced by {@code by}; null on overflow. */
    private static Linear substitute(Linear l, String s, Linear by) {
        if (l == null || !l.terms().containsKey(s)) {
            return l;
        }
        long k = l.terms().get(s);
        Linear without = l.minus(Linear.symbol(s).times(k));
        return without == null ? null : without.plus(by, k);
    }

    /** {@code sum + c·r} at its least ({@code most} false) or greatest value over r's range. */
    private static Linear add(Linear sum, Range r, long c, boolean most) {
        if (sum == null) {
            return null;
        }
        return sum.plus(c > 0 == most ? r.high() : r.low(), c);
    }

    /**
     * Whether {@code l >= 1} for every value of its symbols allowed by {@code facts} (each {@code f >= 0}); only
     * facts over one symbol bound it, which is all the loops above give.
     */
    static boolean positive(Linear l, List<Linear> facts) {
        if (l == null) {
            return false;
        }
        Map<String, Long> lows = new HashMap<>();
        Map<String, Long> highs = new HashMap<>();
        for (Linear f : facts) {
            if (f == null || f.terms().size() != 1) {
                continue;
            }
            Map.Entry<String, Long> t = f.terms().entrySet().iterator().next();
            long k = t.getValue();
            long c = -f.constant();                                  // k·s >= c
            if (k > 0) {
                lows.merge(t.getKey(), -Math.floorDiv(-c, k), Math::max);
            } else {
                highs.merge(t.getKey(), Math.floorDiv(c, k), Math::min);      // k < 0: s <= c / k
            }
        }
        long least = l.constant();
        try {
            for (Map.Entry<String, Long> t : l.terms().entrySet()) {
                Long bound = t.getValue() > 0 ? lows.get(t.getKey()) : highs.get(t.getKey());
                if (bound == null) {
                    return false;
                }
                least = Math.addExact(least, Math.multiplyExact(t.getValue(), bound));
            }
        } catch (ArithmeticException overflow) {
            return false;
        }
        return least >= 1;
    }

    /**
     * The distance between the indices of consecutive iterations, as a loop that counts has it (at least 1);
     * 1 where the update is {@code i++} or {@code i--}; null where it is not a known expression.
     */
    private static Linear step(CanonicalLoop loop, AffineSubscripts subscripts) {
        Expression u = Ast.unwrap(loop.loop().getUpdate().get(0));
        boolean up = loop.relation() == Relation.LT || loop.relation() == Relation.LE;
        if (u instanceof UnaryExpr) {
            return Linear.of(1);
        }
        if (!(u instanceof AssignExpr assign)) {
            return null;
        }
        Expression value;
        long sign;
        if (assign.getOperator() == AssignExpr.Operator.PLUS || assign.getOperator() == AssignExpr.Operator.MINUS) {
            value = assign.getValue();
            sign = assign.getOperator() == AssignExpr.Operator.PLUS ? 1 : -1;
        } else if (assign.getOperator() == AssignExpr.Operator.ASSIGN && Ast.unwrap(assign.getValue()) instanceof BinaryExpr b) {
            boolean leftIsIndex = CanonicalForm.isName(b.getLeft(), loop.name());
            value = leftIsIndex ? b.getRight() : b.getLeft();
            sign = b.getOperator() == BinaryExpr.Operator.MINUS ? -1 : 1;
        } else {
            return null;
        }
        Optional<Affine> s = subscripts.of(value);
        if (s.isEmpty() || s.get().index() != 0 || !s.get().ranged().isEmpty()) {
            return null;
        }
        return s.get().rest().times(up ? sign : -sign);
    }
}
