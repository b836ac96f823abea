package io.jpar.processor.analysis;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Infers scalar reductions from the writes of the method's locals inside a loop: {@code x op= e},
 * {@code x++}, {@code x = x op e}, {@code x = e op x} (commutative op), {@code b = b && e}, {@code b = b || e},
 * {@code m = Math.max(m, e)} and {@code Math.min}, {@code if (e > m) m = e;} (and {@code < >= <=}).
 * A variable is a reduction when every use of it in the loop is one such update, all with one operator.
 */
public final class ReductionFinder {


    /**
     * The outcome for one variable.
     *
     * @param notAReduction the first write that is no reduction (the variable may still be private to the iteration)
     * @param skipsEffects  a short-circuit reduction whose operand has effects the sequential loop skips
     * @param updates       when every write is a reduction-shaped update: those updates and the other reads, for
     *                      the checks of one operator and no other read
     */
    public record Outcome(Reduction reduction, Node notAReduction, SkippedEvaluation skipsEffects, ReductionUpdates updates) {
    }

    /** One recognised update of the variable. */
    private record Site(Node node, String operator, Set<NameExpr> uses) {
    }

    private ReductionFinder() {
    }

    /**
     * @param writes the loop body's writes of one outer local (all with the same declaration)
     * @param type   its declared type
     * @param loop   the parallel loop
     */
    public static Outcome of(List<ScalarWrite> writes, JavaType type, LoopScope scope, CanonicalLoop loop) {
        ScalarWrite first = writes.get(0);
        String name = first.name();
        Node decl = first.declaration();
        List<Site> sites = new ArrayList<>();
        for (ScalarWrite w : writes) {
            Site s = site(w.node(), name, type, loop);
            if (s == null) {
                return new Outcome(null, w.node(), null, null);
            }
            if (s.operator.startsWith("!")) {
                return new Outcome(null, null, new SkippedEvaluation(name, w.node(), s.operator.substring(1), loop.name()), null);
            }
            sites.add(s);
        }
        Set<NameExpr> covered = Collections.newSetFromMap(new IdentityHashMap<>());
        sites.forEach(s -> covered.addAll(s.uses));
        List<NameExpr> otherReads = new ArrayList<>();
        for (NameExpr use : scope.body().findAll(NameExpr.class)) {
            if (use.getNameAsString().equals(name) && !covered.contains(use)
                    && Scopes.declaration(name, use).map(d -> d == decl).orElse(false)) {
                otherReads.add(use);
            }
        }
        ReductionUpdates updates = new ReductionUpdates(name, sites.stream()
                .map(s -> new ReductionUpdates.Update(s.node, s.operator)).toList(), List.copyOf(otherReads));
        if (!updates.oneOperator() || !otherReads.isEmpty()) {
            return new Outcome(null, null, null, updates); // MixedReductionOperators, ReductionVariableRead say why
        }
        Map<Integer, Boolean> lines = new LinkedHashMap<>();
        sites.forEach(s -> lines.put(Lines.line(s.node), true));
        String operator = ReductionUpdates.family(sites.get(0).operator);
        return new Outcome(new Reduction(name, type, operator, false, List.copyOf(lines.keySet())), null, null, updates);
    }

    private static Site site(Node write, String name, JavaType type, CanonicalLoop loop) {
        Node statement = write.getParentNode().orElse(null);
        if (!(statement instanceof ExpressionStmt)) {
            return null;
        }
        Set<NameExpr> uses = Collections.newSetFromMap(new IdentityHashMap<>());
        boolean string = type.string();
        if (write instanceof UnaryExpr u) {
            uses.add((NameExpr) Ast.unwrap(u.getExpression()));
            return type.unboxed().numeric() ? new Site(write, "+", uses) : null;
        }
        AssignExpr a = (AssignExpr) write;
        uses.add((NameExpr) Ast.unwrap(a.getTarget()));
        Expression value = Ast.unwrap(a.getValue());
        if (CanonicalForm.mentions(value, name) && a.getOperator() != AssignExpr.Operator.ASSIGN) {
            return null;
        }
        String op = compound(a.getOperator());
        if (a.getOperator() != AssignExpr.Operator.ASSIGN) {
            return op != null && fits(op, type, string) ? new Site(write, op, uses) : null;
        }
        Site conditional = conditional(a, statement, name, type, uses);
        if (conditional != null) {
            return conditional;
        }
        if (value instanceof BinaryExpr b) {
            String top = binary(b.getOperator());
            if (top == null) {
                return null;
            }
            // x = x op e1 op e2 ...: x leftmost in a chain of one operator family
            Expression leftmost = b;
            while (leftmost instanceof BinaryExpr lb && top.equals(binary(lb.getOperator()))) {
                leftmost = Ast.unwrap(lb.getLeft());
            }
            if (leftmost instanceof NameExpr n && n.getNameAsString().equals(name) && count(value, name) == 1) {
                if ((top.equals("&&") || top.equals("||")) && !quiet(value, loop)) {
                    return new Site(write, "!" + top, uses);
                }
                uses.add(n);
                return fits(top, type, string) ? new Site(write, top, uses) : null;
            }
            // x = e op x for a commutative op
            if (b.getOperator() != BinaryExpr.Operator.MINUS && Set.of("+", "*", "&", "|", "^").contains(top) && !string
                    && CanonicalForm.isName(b.getRight(), name)
                    && count(value, name) == 1) {
                uses.add((NameExpr) Ast.unwrap(b.getRight()));
                return fits(top, type, false) ? new Site(write, top, uses) : null;
            }
            return null;
        }
        if (value instanceof MethodCallExpr call && call.getArguments().size() == 2
                && call.getScope().map(s -> Set.of("Math", "java.lang.Math", "StrictMath", "java.lang.StrictMath")
                .contains(s.toString())).orElse(false)
                && (call.getNameAsString().equals("max") || call.getNameAsString().equals("min"))
                && count(value, name) == 1) {
            for (Expression arg : call.getArguments()) {
                if (CanonicalForm.isName(arg, name)) {
                    uses.add((NameExpr) Ast.unwrap(arg));
                    return Set.of("int", "long", "float", "double").contains(type.unboxed().toString()) ? new Site(write, call.getNameAsString(), uses) : null;
                }
            }
        }
        return null;
    }

    /** {@code if (e > m) m = e;} and its variants; null when {@code a} is not the body of one. */
    private static Site conditional(AssignExpr a, Node statement, String name, JavaType type, Set<NameExpr> uses) {
        Node p = statement.getParentNode().orElse(null);
        if (p instanceof BlockStmt block && block.getStatements().size() == 1) {
            p = block.getParentNode().orElse(null);
        }
        if (!(p instanceof IfStmt iff) || iff.getElseStmt().isPresent() || !Scopes.within(statement, iff.getThenStmt())
                || !(Ast.unwrap(iff.getCondition()) instanceof BinaryExpr cmp) || !type.unboxed().numeric()) {
            return null;
        }
        Expression e = a.getValue();
        if (CanonicalForm.mentions(e, name)) {
            return null;
        }
        String relation = switch (cmp.getOperator()) {
            case GREATER -> ">";
            case GREATER_EQUALS -> ">=";
            case LESS -> "<";
            case LESS_EQUALS -> "<=";
            default -> null;
        };
        if (relation == null) {
            return null;
        }
        // normalise to "e REL m"
        Expression other;
        NameExpr m;
        if (CanonicalForm.isName(cmp.getRight(), name)) {
            other = cmp.getLeft();
            m = (NameExpr) Ast.unwrap(cmp.getRight());
        } else if (CanonicalForm.isName(cmp.getLeft(), name)) {
            other = cmp.getRight();
            m = (NameExpr) Ast.unwrap(cmp.getLeft());
            relation = switch (relation) {
                case ">" -> "<";
                case ">=" -> "<=";
                case "<" -> ">";
                default -> ">=";
            };
        } else {
            return null;
        }
        if (!Ast.unwrap(other).toString().equals(Ast.unwrap(e).toString())) {
            return null;
        }
        uses.add(m);
        return new Site(a, "if " + relation, uses);
    }

    /** The operator of a compound assignment a reduction may use ({@code +=} is {@code +}); null for others. */
    static String compound(AssignExpr.Operator op) {
        return switch (op) {
            case PLUS -> "+";
            case MINUS -> "-";
            case MULTIPLY -> "*";
            case BINARY_AND -> "&";
            case BINARY_OR -> "|";
            case XOR -> "^";
            default -> null;
        };
    }

    private static String binary(BinaryExpr.Operator op) {
        return switch (op) {
            case PLUS, MINUS -> "+";
            case MULTIPLY -> "*";
            case BINARY_AND -> "&";
            case BINARY_OR -> "|";
            case XOR -> "^";
            case AND -> "&&";
            case OR -> "||";
            default -> null;
        };
    }

    private static boolean fits(String op, JavaType type, boolean string) {
        boolean bool = type.unboxed().bool();
        return switch (op) {
            case "+", "-" -> type.unboxed().numeric() || string;
            case "*" -> type.unboxed().numeric();
            case "&", "|", "^" -> type.unboxed().integral() || bool;
            case "&&", "||" -> bool;
            default -> false;
        };
    }

    /**
     * Whether evaluating {@code e} has no effect but its value and cannot throw: {@code b = b && e} skips e once b
     * is false, so a chunk that starts from the identity may evaluate e where the sequential loop would not. An
     * array read qualifies only as {@code a[i]} in a loop that keeps i within a: from a non-negative literal up
     * while {@code i < a.length}.
     */
    private static boolean quiet(Expression e, CanonicalLoop loop) {
        for (Node n : e.findAll(Node.class)) {
            if (n instanceof MethodCallExpr call && !call.getScope().map(s -> Set.of("Math", "StrictMath").contains(s.toString())).orElse(false)) {
                return false;
            }
            if (n instanceof ObjectCreationExpr || n instanceof ArrayCreationExpr || n instanceof AssignExpr
                    || (n instanceof UnaryExpr u && LoopScope.isIncrement(u))) {
                return false;
            }
            if (n instanceof BinaryExpr b && (b.getOperator() == BinaryExpr.Operator.DIVIDE || b.getOperator() == BinaryExpr.Operator.REMAINDER)
                    && !(b.getRight() instanceof LiteralExpr)) {
                return false;
            }
            if (n instanceof ArrayAccessExpr a && !withinBounds(a, loop)) {
                return false;
            }
        }
        return true;
    }

    private static boolean withinBounds(ArrayAccessExpr a, CanonicalLoop loop) {
        return CanonicalForm.isName(a.getIndex(), loop.name()) && loop.relation() == Relation.LT && loop.step().matches("[0-9]+")
                && Ast.unwrap(loop.first()) instanceof IntegerLiteralExpr
                && Ast.unwrap(loop.limit()).toString().equals(Ast.unwrap(a.getName()) + ".length");
    }

    private static int count(Expression e, String name) {
        return (int) e.findAll(NameExpr.class).stream().filter(n -> n.getNameAsString().equals(name)).count();
    }
}
