package io.jpar.processor.analysis;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Names as seen from inside one loop: which are the index, private to an iteration, the method's locals, or
 * fields; and which of them the loop assigns.
 */
public final class LoopScope {

    private final Node loop;
    private final Node body;
    private final Set<Node> indices = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Map<Node, List<Node>> writesByDeclaration = new IdentityHashMap<>();
    private final Map<String, List<Node>> fieldWrites = new java.util.HashMap<>();
    private final Map<Node, Privatized> privates = new IdentityHashMap<>();

    /**
     * @param loop    the parallel loop (its header declares the index)
     * @param body    the part that iterations run (the inner loop's body under collapse)
     * @param indices the index declarators (two under collapse)
     */
    public LoopScope(Node loop, Node body, List<VariableDeclarator> indices) {
        this.loop = loop;
        this.body = body;
        this.indices.addAll(indices);
        for (Node n : body.findAll(Node.class)) {
            assignedName(n).ifPresent(name -> {
                Optional<Node> decl = Scopes.declaration(name.getNameAsString(), name);
                if (decl.isPresent()) {
                    writesByDeclaration.computeIfAbsent(decl.get(), k -> new ArrayList<>()).add(n);
                } else {
                    fieldWrites.computeIfAbsent(name.getNameAsString(), k -> new ArrayList<>()).add(n);
                }
            });
        }
    }

    /** The parallel loop. */
    public Node loop() {
        return loop;
    }

    /** The same scope in which these locals of the method are private to the iteration, like its own locals. */
    public LoopScope withPrivates(List<Privatized> privatized) {
        LoopScope s = new LoopScope(loop, body, List.of());
        s.indices.addAll(indices);
        privatized.forEach(p -> s.privates.put(p.declaration(), p));
        return s;
    }

    /** The private local a declaration is, if it is one. */
    public Optional<Privatized> privatized(Node declaration) {
        return Optional.ofNullable(privates.get(declaration));
    }

    public Node body() {
        return body;
    }

    /** The simple name an assignment or increment writes, if it writes one. */
    public static Optional<NameExpr> assignedName(Node n) {
        Expression target = null;
        if (n instanceof AssignExpr a) {
            target = a.getTarget();
        } else if (n instanceof UnaryExpr u && isIncrement(u)) {
            target = u.getExpression();
        }
        return target != null && Ast.unwrap(target) instanceof NameExpr name ? Optional.of(name) : Optional.empty();
    }

    /** Where {@code body} first assigns the simple name, for a message's line; {@code body} when nowhere. */
    public static Node firstAssignment(Node body, String name) {
        for (Node n : body.findAll(Node.class)) {
            if (assignedName(n).map(t -> t.getNameAsString().equals(name)).orElse(false)) {
                return n;
            }
        }
        return body;
    }

    /**
     * The loop of {@code body} around {@code use} whose body holds it and whose index is the local declared by
     * {@code decl} outside that loop ({@code int j; ... for (j = 0; j < m; j++) { ... use ... }}); empty if none.
     */
    public static Optional<com.github.javaparser.ast.stmt.ForStmt> countingLoop(Node decl, Node use, Node body) {
        for (Node p = use.getParentNode().orElse(null); p != null && p != body.getParentNode().orElse(null); p = p.getParentNode().orElse(null)) {
            if (p instanceof com.github.javaparser.ast.stmt.ForStmt f && Scopes.within(use, f.getBody())) {
                CanonicalForm.Result r = CanonicalForm.of(f);
                if (r.ok() && r.loop().index() == decl && r.loop().indexOutside()) {
                    return Optional.of(f);
                }
            }
        }
        return Optional.empty();
    }

    public static boolean isIncrement(UnaryExpr u) {
        return switch (u.getOperator()) {
            case PREFIX_INCREMENT, PREFIX_DECREMENT, POSTFIX_INCREMENT, POSTFIX_DECREMENT -> true;
            default -> false;
        };
    }

    public NameKind kind(NameExpr use) {
        return kind(use.getNameAsString(), use);
    }

    public NameKind kind(String name, Node use) {
        Optional<Node> decl = Scopes.declaration(name, use);
        if (decl.isEmpty()) {
            return NameKind.FIELD;
        }
        if (indices.contains(decl.get())) {
            return NameKind.INDEX;
        }
        if (Scopes.within(decl.get(), body) || privates.containsKey(decl.get())) {
            return NameKind.BODY_LOCAL;
        }
        if (decl.get() instanceof VariableDeclarator || decl.get() instanceof Parameter) {
            return Scopes.within(decl.get(), loop) ? NameKind.BODY_LOCAL : NameKind.OUTER_LOCAL;
        }
        return Scopes.within(decl.get(), loop) ? NameKind.BODY_LOCAL : NameKind.FIELD;
    }

    public Optional<Node> declaration(NameExpr use) {
        return Scopes.declaration(use.getNameAsString(), use);
    }

    /** Where the loop body assigns the variable a name refers to; empty when it does not. */
    public List<Node> writesOf(NameExpr use) {
        Optional<Node> decl = declaration(use);
        if (decl.isPresent()) {
            return writesByDeclaration.getOrDefault(decl.get(), List.of());
        }
        return fieldWrites.getOrDefault(use.getNameAsString(), List.of());
    }
}
