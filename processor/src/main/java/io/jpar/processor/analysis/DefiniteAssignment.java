package io.jpar.processor.analysis;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SwitchExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.AssertStmt;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.DoStmt;
import com.github.javaparser.ast.stmt.EmptyStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.LabeledStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which of the method's locals one iteration of a loop assigns before it reads them, in the sense of Java's
 * definite assignment (JLS 16) restricted to one iteration: a variable is <i>assigned</i> at a point when every
 * path from the start of the iteration to that point assigns it. Conservative wherever paths join in ways
 * that are hard to follow (loops inside the body count their assignments only inside themselves, switch and
 * try count none after them, {@code &&}/{@code ||}/{@code ?:} only what every operand order assigns).
 * A variable read where it is not assigned reads a value from before the iteration: it cannot be private.
 */
final class DefiniteAssignment {

    /** A read of a candidate at a point where the iteration has not assigned it. */
    record EarlyRead(Node declaration, NameExpr read) {
    }

    private final Set<Node> candidates;
    private final String parallelLabel;
    private final Map<Node, NameExpr> earlyReads = new LinkedHashMap<>();
    private final List<Set<Node>> continues = new ArrayList<>();
    private final Set<Node> atEnd;

    /**
     * @param body          one iteration: the parallel loop's body (the inner body under collapse)
     * @param candidates    declarations of the outer locals the body assigns
     * @param parallelLabel the label of the parallel loop (or of the collapsed inner loop), null when none
     */
    DefiniteAssignment(Statement body, Set<Node> candidates, String parallelLabel) {
        this.candidates = candidates;
        this.parallelLabel = parallelLabel;
        Set<Node> end = statement(body, empty(), true);
        for (Set<Node> c : continues) {
            end = meet(end, c);
        }
        this.atEnd = end;
    }

    /** The first read of a candidate that no earlier part of the iteration assigned, if any. */
    Optional<NameExpr> earlyRead(Node declaration) {
        return Optional.ofNullable(earlyReads.get(declaration));
    }

    /** Whether every iteration that ends normally (or with {@code continue}) has assigned the candidate. */
    boolean assignedAtEnd(Node declaration) {
        return atEnd == null || atEnd.contains(declaration);
    }

    private static Set<Node> empty() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }

    private static Set<Node> copy(Set<Node> s) {
        Set<Node> out = empty();
        out.addAll(s);
        return out;
    }

    /** Where two paths join; null is a path that does not get there (everything is assigned on it). */
    private static Set<Node> meet(Set<Node> a, Set<Node> b) {
        if (a == null) {
            return b == null ? null : copy(b);
        }
        if (b == null) {
            return copy(a);
        }
        Set<Node> out = copy(a);
        out.retainAll(b);
        return out;
    }

    /**
     * @param top whether the statement is the iteration itself, or a statement of it outside any inner loop
     *            (a {@code continue} there ends the iteration)
     * @return what is assigned after it completes normally; null when it cannot
     */
    private Set<Node> statement(Statement s, Set<Node> in, boolean top) {
        if (s instanceof BlockStmt b) {
            Set<Node> state = in;
            for (Statement st : b.getStatements()) {
                if (state == null) {
                    return null; // unreachable: javac rejects it unless a constant hides it
                }
                state = statement(st, state, top);
            }
            return state;
        }
        if (s instanceof ExpressionStmt e) {
            return expression(e.getExpression(), in);
        }
        if (s instanceof IfStmt i) {
            Set<Node> c = expression(i.getCondition(), in);
            Set<Node> then = statement(i.getThenStmt(), copy(c), top);
            Set<Node> other = i.getElseStmt().isPresent() ? statement(i.getElseStmt().get(), copy(c), top) : c;
            return meet(then, other);
        }
        if (s instanceof ForStmt f) {
            Set<Node> state = in;
            for (Expression init : f.getInitialization()) {
                state = expression(init, state);
            }
            if (f.getCompare().isPresent()) {
                state = expression(f.getCompare().get(), state);
            }
            Set<Node> after = statement(f.getBody(), copy(state), false);
            for (Expression update : f.getUpdate()) {
                expression(update, after == null ? copy(state) : after);
            }
            return state;
        }
        if (s instanceof WhileStmt w) {
            Set<Node> c = expression(w.getCondition(), in);
            statement(w.getBody(), copy(c), false);
            return c;
        }
        if (s instanceof DoStmt d) {
            // the body runs once before the condition, unless a continue jumps to it or a break past it
            Set<Node> after = statement(d.getBody(), copy(in), false);
            boolean jumps = !d.getBody().findAll(ContinueStmt.class).isEmpty();
            Set<Node> cond = expression(d.getCondition(), after == null || jumps ? copy(in) : after);
            return d.getBody().findAll(BreakStmt.class).isEmpty() && !jumps ? cond : in;
        }
        if (s instanceof ForEachStmt f) {
            Set<Node> c = expression(f.getIterable(), in);
            statement(f.getBody(), copy(c), false);
            return c;
        }
        if (s instanceof LabeledStmt l) {
            Statement inner = l.getStatement();
            if (inner instanceof ForStmt || inner instanceof WhileStmt || inner instanceof DoStmt) {
                return statement(inner, in, false);
            }
            // a break to the label lands after it with what was assigned before it, at least
            return meet(statement(inner, copy(in), top), in);
        }
        if (s instanceof ContinueStmt c) {
            boolean ofIteration = c.getLabel().map(l -> l.asString().equals(parallelLabel)).orElse(top);
            if (ofIteration) {
                continues.add(copy(in));
            }
            return null;
        }
        if (s instanceof BreakStmt) {
            return null;
        }
        if (s instanceof ReturnStmt r) {
            r.getExpression().ifPresent(e -> expression(e, in));
            return null;
        }
        if (s instanceof ThrowStmt t) {
            expression(t.getExpression(), in);
            return null;
        }
        if (s instanceof SwitchStmt sw) {
            Set<Node> c = expression(sw.getSelector(), in);
            for (SwitchEntry entry : sw.getEntries()) {
                Set<Node> state = copy(c);
                for (Statement st : entry.getStatements()) {
                    if (state == null) {
                        break;
                    }
                    state = statement(st, state, top); // a continue in a switch continues the loop around it
                }
            }
            return c;
        }
        if (s instanceof TryStmt t) {
            Set<Node> state = in;
            for (Expression r : t.getResources()) {
                state = expression(r, state);
            }
            statement(t.getTryBlock(), copy(state), top);
            t.getCatchClauses().forEach(c -> statement(c.getBody(), copy(in), top));
            if (t.getFinallyBlock().isPresent()) {
                return statement(t.getFinallyBlock().get(), copy(in), top);
            }
            return in;
        }
        if (s instanceof SynchronizedStmt sy) {
            return statement(sy.getBody(), expression(sy.getExpression(), in), top);
        }
        if (s instanceof AssertStmt a) {
            // assertions may be disabled: what they assign does not count
            readsOnly(a, in);
            return in;
        }
        if (s instanceof EmptyStmt) {
            return in;
        }
        // a local class declaration, yield, ...: every read as a read before anything it assigns
        readsOnly(s, in);
        return in;
    }

    /** What is assigned after evaluating {@code e}, in Java's left-to-right order. */
    private Set<Node> expression(Expression e, Set<Node> in) {
        if (e instanceof NameExpr n) {
            read(n, in);
            return in;
        }
        if (e instanceof AssignExpr a) {
            Expression target = Ast.unwrap(a.getTarget());
            Set<Node> state = in;
            Node declared = null;
            if (target instanceof NameExpr n) {
                if (a.getOperator() != AssignExpr.Operator.ASSIGN) {
                    read(n, state);
                }
                declared = candidate(n);
            } else {
                state = children(target, state);
            }
            state = expression(a.getValue(), state);
            if (declared != null) {
                state = copy(state);
                state.add(declared);
            }
            return state;
        }
        if (e instanceof UnaryExpr u) {
            return expression(u.getExpression(), in);
        }
        if (e instanceof BinaryExpr b && (b.getOperator() == BinaryExpr.Operator.AND
                || b.getOperator() == BinaryExpr.Operator.OR)) {
            Set<Node> left = expression(b.getLeft(), in);
            expression(b.getRight(), copy(left));
            return left;
        }
        if (e instanceof ConditionalExpr c) {
            Set<Node> cond = expression(c.getCondition(), in);
            return meet(expression(c.getThenExpr(), copy(cond)), expression(c.getElseExpr(), copy(cond)));
        }
        if (e instanceof VariableDeclarationExpr v) {
            Set<Node> state = in;
            for (VariableDeclarator d : v.getVariables()) {
                if (d.getInitializer().isPresent()) {
                    state = expression(d.getInitializer().get(), state);
                }
            }
            return state;
        }
        if (e instanceof LambdaExpr || e instanceof SwitchExpr
                || e instanceof ObjectCreationExpr o && o.getAnonymousClassBody().isPresent()) {
            // a lambda or class body may run later, or not at all; a switch expression joins its arms
            readsOnly(e, in);
            return in;
        }
        return children(e, in);
    }

    /**
     * The sub-expressions of {@code e}, in source order (Java's order of evaluation); those held by a node that
     * is no expression ({@code new int[n]}'s dimension) too.
     */
    private Set<Node> children(Node e, Set<Node> in) {
        List<Node> parts = new ArrayList<>(e.getChildNodes());
        parts.sort(Comparator.comparing((Node x) -> x.getBegin().map(p -> p.line).orElse(0))
                .thenComparing(x -> x.getBegin().map(p -> p.column).orElse(0)));
        Set<Node> state = in;
        for (Node x : parts) {
            state = x instanceof Expression ex ? expression(ex, state) : children(x, state);
        }
        return state;
    }

    /** Every name read inside {@code n} as if at its start; nothing it assigns counts after it. */
    private void readsOnly(Node n, Set<Node> in) {
        for (NameExpr name : n.findAll(NameExpr.class)) {
            if (!(name.getParentNode().orElse(null) instanceof AssignExpr a && a.getTarget() == name
                    && a.getOperator() == AssignExpr.Operator.ASSIGN)) {
                read(name, in);
            }
        }
    }

    private void read(NameExpr n, Set<Node> in) {
        Node decl = candidate(n);
        if (decl != null && !in.contains(decl)) {
            earlyReads.putIfAbsent(decl, n);
        }
    }

    private Node candidate(NameExpr n) {
        Optional<Node> decl = Scopes.declaration(n.getNameAsString(), n);
        return decl.filter(candidates::contains).orElse(null);
    }
}
