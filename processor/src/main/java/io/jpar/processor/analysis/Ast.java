package io.jpar.processor.analysis;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.nodeTypes.NodeWithType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The small questions about syntax trees that every stage asks, answered once (as Error Prone's
 * {@code ASTHelpers}): an expression without its parentheses, the declared type of a local, the classes around a
 * node.
 */
public final class Ast {

    private Ast() {
    }

    /** {@code e} without the parentheses around it. */
    public static Expression unwrap(Expression e) {
        Expression x = e;
        while (x instanceof EnclosedExpr en) {
            x = en.getInner();
        }
        return x;
    }

    /**
     * The declared type of a local, parameter or pattern variable as written ({@code double[]}; a varargs parameter
     * is an array), {@code var} resolved by the symbol solver; empty where there is none to tell (a lambda parameter
     * without a type, a {@code var} the solver cannot type).
     */
    public static Optional<JavaType> declaredType(Node decl) {
        return declaredTypeText(decl).map(JavaType::of);
    }

    private static Optional<String> declaredTypeText(Node decl) {
        try {
            if (decl instanceof Parameter p) {
                String t = p.getType().asString();
                return t.isEmpty() ? Optional.empty() : Optional.of(t + (p.isVarArgs() ? "[]" : ""));
            }
            if (decl instanceof VariableDeclarator v) {
                return Optional.of(v.getType().isVarType() ? v.resolve().getType().describe() : v.getType().asString());
            }
            if (decl instanceof NodeWithType<?, ?> typed) {
                return Optional.of(typed.getType().asString());
            }
        } catch (RuntimeException | StackOverflowError e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The classes around {@code n}, outermost first, as Java names a nested one: {@code Outer.Inner}; empty if none. */
    public static String enclosingTypes(Node n) {
        List<String> names = new ArrayList<>();
        for (Node p = n.getParentNode().orElse(null); p != null; p = p.getParentNode().orElse(null)) {
            if (p instanceof TypeDeclaration<?> t) {
                names.add(0, t.getNameAsString());
            }
        }
        return String.join(".", names);
    }

    /** The simple name of the innermost class around {@code n}; {@code orElse} when there is none. */
    public static String enclosingType(Node n, String orElse) {
        return n.findAncestor(TypeDeclaration.class).map(t -> t.getNameAsString()).orElse(orElse);
    }

    /** The declaration in the sources, with a body, of the method {@code m} calls; empty for the JDK's or an abstract one. */
    static java.util.Optional<com.github.javaparser.ast.body.MethodDeclaration> sourceMethod(com.github.javaparser.ast.expr.MethodCallExpr m) {
        try {
            return m.resolve().toAst().filter(com.github.javaparser.ast.body.MethodDeclaration.class::isInstance)
                    .map(com.github.javaparser.ast.body.MethodDeclaration.class::cast).filter(d -> d.getBody().isPresent());
        } catch (RuntimeException | StackOverflowError e) {
            return java.util.Optional.empty();
        }
    }

    /**
     * The field {@code e} names ({@code f}, {@code this.f}, {@code o.f}, {@code Type.f}); empty for anything else or
     * where the solver cannot tell.
     */
    public static java.util.Optional<com.github.javaparser.resolution.declarations.ResolvedFieldDeclaration> field(Expression e) {
        try {
            var resolved = e instanceof com.github.javaparser.ast.expr.NameExpr n ? n.resolve()
                    : e instanceof com.github.javaparser.ast.expr.FieldAccessExpr f ? f.resolve() : null;
            return resolved != null && resolved.isField() ? java.util.Optional.of(resolved.asField()) : java.util.Optional.empty();
        } catch (RuntimeException | StackOverflowError x) {
            return java.util.Optional.empty();
        }
    }
}
