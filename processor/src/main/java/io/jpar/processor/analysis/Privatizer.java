package io.jpar.processor.analysis;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.LabeledStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.TryStmt;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which of the method's locals that a loop assigns are private to its iterations ({@link Privatized}):
 * those every iteration assigns before it reads them. One that code after the loop may read must also be
 * assigned at the end of every iteration (its value after the loop is then the last iteration's), and the
 * loop must not be inside a {@code try} of the method (an exception caught there would see the failing
 * iteration's value, which a parallel run does not keep). For the others it says why not, for the refusal.
 */
public final class Privatizer {

    /** The private locals, and why each other assigned local is not private. */
    public record Result(List<Privatized> privates, Map<Node, String> whyNot) {

        /**
         * With the loop's own index when it is a local of the method ({@code int i; for (i = 0; ...)}): private
         * like the others, and lastprivate when read after the loop (then it holds the value that failed the
         * condition, which the chunk's loop ends with too).
         */
        Result withIndex(CanonicalLoop index, ForStmt loop, CallableDeclaration<?> method) {
            boolean live = readOutside(index.index(), index.name(), loop, method);
            List<Privatized> all = new ArrayList<>(privates);
            all.add(0, new Privatized(index.name(), index.type(), live, index.index(), null));
            return new Result(List.copyOf(all), whyNot);
        }
    }

    private Privatizer() {
    }

    /**
     * @param loop  the parallel loop
     * @param split the loop whose body is one iteration (the inner loop under collapse)
     * @param body  one iteration
     * @param scope names as seen from the loop, before privatization
     */
    public static Result of(ForStmt loop, ForStmt split, CallableDeclaration<?> method, Statement body, LoopScope scope) {
        return of(loop, split, method, body, scope, Set.of());
    }

    /**
     * @param inductions declarations of derived induction variables ({@link InductionVariables}): each iteration
     *                   starts them from their closed form, so they are private though the body reads them first,
     *                   and their value after the iteration is what the sequential loop leaves
     */
    public static Result of(ForStmt loop, ForStmt split, CallableDeclaration<?> method, Statement body, LoopScope scope,
                            Set<Node> inductions) {
        Map<Node, String> names = new LinkedHashMap<>();
        Map<Node, List<AssignExpr>> plainWrites = new IdentityHashMap<>();
        for (Node n : body.findAll(Node.class)) {
            Optional<NameExpr> target = LoopScope.assignedName(n);
            if (target.isEmpty() || scope.kind(target.get()) != NameKind.OUTER_LOCAL) {
                continue;
            }
            Node decl = scope.declaration(target.get()).orElseThrow();
            names.putIfAbsent(decl, target.get().getNameAsString());
            if (n instanceof AssignExpr a && a.getOperator() == AssignExpr.Operator.ASSIGN) {
                plainWrites.computeIfAbsent(decl, k -> new ArrayList<>()).add(a);
            } else {
                plainWrites.computeIfAbsent(decl, k -> new ArrayList<>()).add(null);
            }
        }
        if (names.isEmpty()) {
            return new Result(List.of(), Map.of());
        }
        Set<Node> candidates = Collections.newSetFromMap(new IdentityHashMap<>());
        candidates.addAll(names.keySet());
        String label = split.getParentNode().orElse(null) instanceof LabeledStmt l ? l.getLabel().asString() : null;
        DefiniteAssignment da = new DefiniteAssignment(body, candidates, label);
        boolean inTry = insideTry(loop, method);

        List<Privatized> privates = new ArrayList<>();
        Map<Node, String> whyNot = new LinkedHashMap<>();
        for (Map.Entry<Node, String> e : names.entrySet()) {
            Node decl = e.getKey();
            String name = e.getValue();
            boolean induction = inductions.contains(decl);
            Optional<NameExpr> early = induction ? Optional.empty() : da.earlyRead(decl);
            if (early.isPresent()) {
                whyNot.put(decl, "the iteration reads it at line " + Lines.line(early.get())
                        + " before it assigns it, so it would read what another iteration left in it");
                continue;
            }
            Optional<JavaType> type = Ast.declaredType(decl);
            if (type.isEmpty()) {
                whyNot.put(decl, "jpar cannot tell its type (declare it with an explicit type instead of var)");
                continue;
            }
            boolean live = readOutside(decl, name, loop, method);
            if (live && !induction && !da.assignedAtEnd(decl)) {
                whyNot.put(decl, "code after the loop reads it, but not every iteration assigns it, so its value "
                        + "after the loop would depend on which iteration ran last");
                continue;
            }
            if (live && inTry) {
                whyNot.put(decl, "code after the loop reads it and the loop is inside a try statement, where an "
                        + "exception would leave it with the failing iteration's value");
                continue;
            }
            privates.add(new Privatized(name, type.get(), live, decl, aliasValue(plainWrites.get(decl), body, scope)));
        }
        return new Result(privates, whyNot);
    }

    /** Whether the method reads the variable anywhere outside the loop (before it, in an enclosing loop, after it). */
    private static boolean readOutside(Node decl, String name, ForStmt loop, CallableDeclaration<?> method) {
        for (NameExpr n : method.findAll(NameExpr.class)) {
            if (!n.getNameAsString().equals(name) || Scopes.within(n, loop)
                    || Scopes.declaration(name, n).map(d -> d != decl).orElse(true)) {
                continue;
            }
            boolean plainTarget = n.getParentNode().orElse(null) instanceof AssignExpr a && a.getTarget() == n
                    && a.getOperator() == AssignExpr.Operator.ASSIGN;
            if (!plainTarget) {
                return true;
            }
        }
        return false;
    }

    /** Why the loop's own index, a local of the method, cannot keep its value after the loop; empty when it can. */
    public static Optional<Finding> indexAfterLoop(CanonicalLoop index, ForStmt loop, CallableDeclaration<?> method) {
        if (readOutside(index.index(), index.name(), loop, method) && insideTry(loop, method)) {
            return Optional.of(new Finding(loop.getInitialization().get(0), "the index " + index.name()
                    + " is read after the loop, which is inside a try statement, where an exception would leave it "
                    + "at the failing iteration", "declare the index in the loop (for (int " + index.name()
                    + " = ...)), or move the loop out of the try statement"));
        }
        return Optional.empty();
    }

    private static boolean insideTry(ForStmt loop, CallableDeclaration<?> method) {
        Node p = loop.getParentNode().orElse(null);
        while (p != null && p != method) {
            if (p instanceof TryStmt) {
                return true;
            }
            p = p.getParentNode().orElse(null);
        }
        return false;
    }

    /**
     * The one value an array reference gets in the iteration, when it is assigned once, by a statement of the
     * iteration's own block, from names the loop does not assign: then every read in the iteration sees it.
     */
    private static Expression aliasValue(List<AssignExpr> writes, Statement body, LoopScope scope) {
        if (writes == null || writes.size() != 1 || writes.get(0) == null) {
            return null;
        }
        AssignExpr a = writes.get(0);
        if (!(a.getParentNode().orElse(null) instanceof ExpressionStmt s) || s.getParentNode().orElse(null) != body
                || !(body instanceof BlockStmt)) {
            return null;
        }
        Expression value = Ast.unwrap(a.getValue());
        for (NameExpr n : value.findAll(NameExpr.class)) {
            NameKind kind = scope.kind(n);
            if (kind == NameKind.BODY_LOCAL || (kind != NameKind.INDEX && !scope.writesOf(n).isEmpty())) {
                return null;
            }
        }
        return value;
    }
}
