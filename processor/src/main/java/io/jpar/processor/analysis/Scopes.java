package io.jpar.processor.analysis;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.PatternExpr;
import com.github.javaparser.ast.expr.TypePatternExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import java.util.List;
import java.util.Optional;

/**
 * Finds where a simple name used inside a method is declared, by Java's scoping rules for locals:
 * enclosing blocks (earlier statements), for/for-each/catch/try-resource/lambda variables, pattern variables,
 * the method's parameters. A name found nowhere is a field (or a constant from a static import).
 * Purely syntactic, so it works whatever the class path.
 */
public final class Scopes {

    private Scopes() {
    }

    /**
     * Whether anything in {@code where} assigns (or increments) the variable declared by {@code declaration}
     * ({@code where} null: the whole method around the declaration).
     */
    public static boolean assigned(Node declaration, String name, Node where) {
        Node region = where;
        if (region == null) {
            region = declaration;
            while (region.getParentNode().isPresent() && !(region instanceof CallableDeclaration<?>)) {
                region = region.getParentNode().get();
            }
        }
        return region.findAll(Node.class).stream().map(LoopScope::assignedName).flatMap(Optional::stream)
                .anyMatch(t -> t.getNameAsString().equals(name)
                        && declaration(t.getNameAsString(), t).map(d -> d == declaration).orElse(false));
    }

    /** Where a name is declared: a {@link VariableDeclarator}, a {@link Parameter}, a pattern, or empty for a field. */
    public static Optional<Node> declaration(String name, Node use) {
        Node child = use;
        Node parent = use.getParentNode().orElse(null);
        while (parent != null) {
            Optional<Node> found = declaredIn(name, parent, child);
            if (found.isPresent()) {
                return found;
            }
            if (parent instanceof CallableDeclaration<?> && !inLocalOrAnonymousClass(parent)) {
                return Optional.empty();
            }
            if (parent instanceof TypeDeclaration<?> || parent instanceof ObjectCreationExpr) {
                // crossed into a local or anonymous class: its own members shadow the method's locals
                if (declaresField(parent, name)) {
                    return Optional.of(parent);
                }
            }
            child = parent;
            parent = parent.getParentNode().orElse(null);
        }
        return Optional.empty();
    }

    /** A method of a local or anonymous class still sees the locals of the method around that class. */
    private static boolean inLocalOrAnonymousClass(Node callable) {
        Node type = callable.getParentNode().orElse(null);
        if (type instanceof ObjectCreationExpr) {
            return true;
        }
        return type instanceof TypeDeclaration<?> t && t.getParentNode().map(p -> p instanceof Statement).orElse(false);
    }

    private static boolean declaresField(Node type, String name) {
        List<FieldDeclaration> fields = type instanceof TypeDeclaration<?> t ? t.getFields()
                : ((ObjectCreationExpr) type).getAnonymousClassBody().map(b -> b.stream()
                        .filter(FieldDeclaration.class::isInstance).map(FieldDeclaration.class::cast).toList())
                        .orElse(List.of());
        return fields.stream().flatMap(f -> f.getVariables().stream()).anyMatch(v -> v.getNameAsString().equals(name));
    }

    private static Optional<Node> declaredIn(String name, Node parent, Node child) {
        if (parent instanceof BlockStmt block) {
            return inStatements(name, block.getStatements(), child);
        }
        if (parent instanceof SwitchEntry entry) {
            Optional<Node> here = inStatements(name, entry.getStatements(), child);
            if (here.isPresent()) {
                return here;
            }
            // a switch block is one scope: earlier entries' declarations are visible
            Optional<Node> sw = entry.getParentNode();
            if (sw.isPresent()) {
                for (Node e : sw.get().getChildNodes()) {
                    if (e == entry) {
                        break;
                    }
                    if (e instanceof SwitchEntry earlier) {
                        Optional<Node> d = inStatements(name, earlier.getStatements(), null);
                        if (d.isPresent()) {
                            return d;
                        }
                    }
                }
            }
            return Optional.empty();
        }
        if (parent instanceof ForStmt f) {
            for (Expression init : f.getInitialization()) {
                Optional<Node> d = inDeclaration(name, init);
                if (d.isPresent()) {
                    return d;
                }
            }
            return patternIn(name, f.getCompare().orElse(null), child, f.getBody());
        }
        if (parent instanceof ForEachStmt f) {
            return inDeclaration(name, f.getVariable());
        }
        if (parent instanceof CatchClause c) {
            return c.getParameter().getNameAsString().equals(name) ? Optional.of(c.getParameter()) : Optional.empty();
        }
        if (parent instanceof TryStmt t) {
            for (Expression r : t.getResources()) {
                Optional<Node> d = inDeclaration(name, r);
                if (d.isPresent()) {
                    return d;
                }
            }
            return Optional.empty();
        }
        if (parent instanceof LambdaExpr l) {
            return l.getParameters().stream().filter(p -> p.getNameAsString().equals(name)).map(Node.class::cast).findFirst();
        }
        if (parent instanceof CallableDeclaration<?> c) {
            return c.getParameters().stream().filter(p -> p.getNameAsString().equals(name)).map(Node.class::cast).findFirst();
        }
        if (parent instanceof IfStmt i) {
            return patternIn(name, i.getCondition(), child, i.getThenStmt(), i.getElseStmt().orElse(null));
        }
        if (parent instanceof WhileStmt w) {
            return patternIn(name, w.getCondition(), child, w.getBody());
        }
        if (parent instanceof ConditionalExpr c) {
            return patternIn(name, c.getCondition(), child, c.getThenExpr(), c.getElseExpr());
        }
        if (parent instanceof Expression e && !(parent instanceof LambdaExpr)) {
            // `x instanceof T t && t.f()`: a pattern earlier in the same expression
            return patternIn(name, e, child);
        }
        return Optional.empty();
    }

    private static Optional<Node> inStatements(String name, List<Statement> statements, Node child) {
        Optional<Node> found = Optional.empty();
        for (Statement s : statements) {
            if (s == child) {
                break;
            }
            if (s instanceof ExpressionStmt es) {
                Optional<Node> d = inDeclaration(name, es.getExpression());
                if (d.isPresent()) {
                    found = d;
                }
            }
            // `if (!(o instanceof T t)) return;` introduces t for the statements after it
            if (s instanceof IfStmt i) {
                Optional<Node> d = pattern(name, i.getCondition());
                if (d.isPresent()) {
                    found = d;
                }
            }
        }
        return found;
    }

    private static Optional<Node> inDeclaration(String name, Expression e) {
        if (e instanceof VariableDeclarationExpr v) {
            for (VariableDeclarator d : v.getVariables()) {
                if (d.getNameAsString().equals(name)) {
                    return Optional.of(d);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Node> patternIn(String name, Node condition, Node child, Node... scoped) {
        if (condition == null) {
            return Optional.empty();
        }
        if (child == condition) {
            return pattern(name, condition);
        }
        for (Node s : scoped) {
            if (s != null && s == child) {
                return pattern(name, condition);
            }
        }
        if (child != null && condition != child) {
            return pattern(name, condition);
        }
        return Optional.empty();
    }

    private static Optional<Node> pattern(String name, Node condition) {
        return condition.findAll(TypePatternExpr.class).stream()
                .filter(p -> p.getNameAsString().equals(name))
                .map(PatternExpr.class::cast)
                .map(Node.class::cast)
                .findFirst();
    }

    /** Whether {@code n} is inside a lambda or a class declared within {@code outer}: code with its own flow and locals. */
    public static boolean inLambdaOrClass(Node n, Node outer) {
        for (Node p = n.getParentNode().orElse(null); p != null && p != outer; p = p.getParentNode().orElse(null)) {
            if (p instanceof LambdaExpr || p instanceof BodyDeclaration<?>) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code node} lies inside {@code ancestor} (or is it). */
    public static boolean within(Node node, Node ancestor) {
        Node n = node;
        while (n != null) {
            if (n == ancestor) {
                return true;
            }
            n = n.getParentNode().orElse(null);
        }
        return false;
    }
}
