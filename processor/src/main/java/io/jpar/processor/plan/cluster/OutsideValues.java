package io.jpar.processor.plan.cluster;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithType;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.resolution.declarations.ResolvedFieldDeclaration;
import com.github.javaparser.resolution.declarations.ResolvedValueDeclaration;
import io.jpar.processor.analysis.Finding;
import io.jpar.processor.analysis.JavaType;
import io.jpar.processor.analysis.LoopModel;
import io.jpar.processor.analysis.LoopScope;
import io.jpar.processor.analysis.NameKind;
import io.jpar.processor.analysis.Reduction;
import io.jpar.processor.analysis.Scopes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every value from outside a loop that its iterations read (docs/ARCHITECTURE.md, "Targets CLUSTER and GPU"):
 * the method's locals and parameters and the fields read by simple name, in the order the body first reads
 * them; not the reductions (the chunk holds those already) and not constants ({@code static final} fields of
 * primitive or String type with a constant initializer: every JVM has the same). The loop's update
 * ({@code i += k}) runs inside the chunk too, so its names count.
 *
 * @param values    the values, in order
 * @param constants names of the constants left out
 * @param unknown   names jpar cannot type or resolve, which it therefore cannot move
 */
public record OutsideValues(List<OutsideValue> values, Set<String> constants, List<Finding> unknown) {

    public static OutsideValues of(LoopModel m) {
        List<VariableDeclarator> indices = new ArrayList<>();
        indices.add(m.outer().index());
        if (m.inner() != null) {
            indices.add(m.inner().index());
        }
        LoopScope scope = new LoopScope(m.loop(), m.body(), indices).withPrivates(m.privates());
        List<Node> regions = new ArrayList<>(m.outer().loop().getUpdate());
        if (m.inner() != null) {
            regions.addAll(m.inner().loop().getUpdate());
        }
        regions.add(m.body());
        Set<String> reductions = new LinkedHashSet<>();
        m.reductions().stream().map(Reduction::name).forEach(reductions::add);

        Map<String, OutsideValue> values = new LinkedHashMap<>();
        Set<String> constants = new LinkedHashSet<>();
        List<Finding> unknown = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Node region : regions) {
            for (NameExpr n : region.findAll(NameExpr.class)) {
                String name = n.getNameAsString();
                if (reductions.contains(name) || values.containsKey(name) || constants.contains(name) || seen.contains(name)
                        || n.findAncestor(SwitchEntry.class).map(e -> e.getLabels().stream().anyMatch(l -> Scopes.within(n, l))).orElse(false)) {
                    continue;
                }
                NameKind kind = scope.kind(n);
                if (kind == NameKind.OUTER_LOCAL) {
                    Optional<JavaType> type = scope.declaration(n).flatMap(io.jpar.processor.analysis.Ast::declaredType);
                    if (type.isEmpty()) {
                        unknown.add(new Finding(n, "jpar cannot tell the type of " + name + ", which the loop at line "
                                + line(m) + " reads and a cluster job must send to every rank", "declare " + name + " with an explicit type"));
                        seen.add(name);
                    } else {
                        values.put(name, new OutsideValue(name, type.get(), false));
                    }
                } else if (kind == NameKind.FIELD) {
                    field(n, m).ifPresentOrElse(f -> {
                        if (f.constant()) {
                            constants.add(name);
                        } else if (f.value() != null) {
                            values.put(name, f.value());
                        } else {
                            seen.add(name); // a type name, or a member of a class declared in the body
                        }
                    }, () -> {
                        unknown.add(new Finding(n, "jpar cannot tell what " + name + " at line " + n.getBegin().map(p -> p.line).orElse(0)
                                + " is, so it cannot send it to the ranks of a cluster job", "declare it as a field or local with an explicit type"));
                        seen.add(name);
                    });
                }
            }
        }
        return new OutsideValues(List.copyOf(values.values()), Set.copyOf(constants), List.copyOf(unknown));
    }

    private static int line(LoopModel m) {
        return m.loop().getBegin().map(p -> p.line).orElse(0);
    }

    /** What a name without a local declaration is: a value, a constant, or nothing to move (value null). */
    private record FieldUse(OutsideValue value, boolean constant) {
    }

    private static Optional<FieldUse> field(NameExpr n, LoopModel m) {
        ResolvedValueDeclaration d;
        try {
            d = n.resolve();
        } catch (RuntimeException | StackOverflowError e) {
            return bySource(n, m);
        }
        if (d.isEnumConstant()) {
            return Optional.of(new FieldUse(null, true));
        }
        if (!d.isField()) {
            return bySource(n, m);
        }
        ResolvedFieldDeclaration f = d.asField();
        Optional<VariableDeclarator> ast = declarator(f, n.getNameAsString());
        if (ast.isPresent()) {
            return Optional.of(fromSource(ast.get(), n, m));
        }
        if (f.isStatic()) {
            // a library's static field (Math.PI through a static import, Integer.MAX_VALUE): the same on every JVM
            return Optional.of(new FieldUse(null, true));
        }
        try {
            return Optional.of(new FieldUse(new OutsideValue(n.getNameAsString(), JavaType.of(f.getType().describe()), true), false));
        } catch (RuntimeException | StackOverflowError e) {
            return Optional.empty();
        }
    }

    private static Optional<VariableDeclarator> declarator(ResolvedFieldDeclaration f, String name) {
        try {
            Optional<Node> ast = f.toAst();
            if (ast.isPresent() && ast.get() instanceof FieldDeclaration fd) {
                return fd.getVariables().stream().filter(v -> v.getNameAsString().equals(name)).findFirst();
            }
            return ast.filter(VariableDeclarator.class::isInstance).map(VariableDeclarator.class::cast);
        } catch (RuntimeException | StackOverflowError e) {
            return Optional.empty();
        }
    }

    /** When the solver cannot resolve the name: a field of an enclosing class, a type name, or unknown. */
    private static Optional<FieldUse> bySource(NameExpr n, LoopModel m) {
        for (Node p = m.loop(); p != null; p = p.getParentNode().orElse(null)) {
            if (p instanceof TypeDeclaration<?> t) {
                for (FieldDeclaration fd : t.getFields()) {
                    for (VariableDeclarator v : fd.getVariables()) {
                        if (v.getNameAsString().equals(n.getNameAsString())) {
                            return Optional.of(fromSource(v, n, m));
                        }
                    }
                }
            }
        }
        Node parent = n.getParentNode().orElse(null);
        boolean scopeOfMember = (parent instanceof FieldAccessExpr f && f.getScope() == n)
                || (parent instanceof MethodCallExpr c && c.getScope().map(s -> s == n).orElse(false));
        return scopeOfMember ? Optional.of(new FieldUse(null, false)) : Optional.empty();
    }

    private static FieldUse fromSource(VariableDeclarator v, NameExpr use, LoopModel m) {
        if (Scopes.within(v, m.loop())) {
            return new FieldUse(null, false); // a field of a class declared in the body: not outside the loop
        }
        FieldDeclaration fd = v.findAncestor(FieldDeclaration.class).orElse(null);
        boolean inInterface = fd != null && fd.getParentNode().map(p -> p instanceof com.github.javaparser.ast.body.ClassOrInterfaceDeclaration c
                && c.isInterface()).orElse(false);
        boolean isStatic = fd != null && (fd.isStatic() || inInterface);
        boolean isFinal = fd != null && (fd.isFinal() || inInterface);
        String type = v.getType().asString();
        if (isStatic && isFinal && (JavaType.of(type).primitive() || JavaType.of(type).string())
                && v.getInitializer().map(i -> constant(i, 0)).orElse(false)) {
            return new FieldUse(null, true);
        }
        boolean sameFile = v.findCompilationUnit().equals(use.findCompilationUnit());
        if (!sameFile) {
            try {
                type = v.resolve().getType().describe();
            } catch (RuntimeException | StackOverflowError e) {
                // keep the type as written; the build will say if it does not compile here
            }
        }
        return new FieldUse(new OutsideValue(use.getNameAsString(), JavaType.of(type), true), false);
    }

    /** A compile-time constant expression: literals and operators over other constants (every JVM computes the same). */
    public static boolean constant(Expression e) {
        return constant(e, 0);
    }

    private static boolean constant(Expression e, int depth) {
        if (depth > 8) {
            return false;
        }
        if (e instanceof LiteralExpr) {
            return true;
        }
        if (e instanceof EnclosedExpr x) {
            return constant(x.getInner(), depth + 1);
        }
        if (e instanceof UnaryExpr u) {
            return switch (u.getOperator()) {
                case MINUS, PLUS, BITWISE_COMPLEMENT, LOGICAL_COMPLEMENT -> constant(u.getExpression(), depth + 1);
                default -> false;
            };
        }
        if (e instanceof BinaryExpr b) {
            return constant(b.getLeft(), depth + 1) && constant(b.getRight(), depth + 1);
        }
        if (e instanceof ConditionalExpr c) {
            return constant(c.getCondition(), depth + 1) && constant(c.getThenExpr(), depth + 1) && constant(c.getElseExpr(), depth + 1);
        }
        if (e instanceof CastExpr c) {
            return JavaType.of(c.getType().asString()).primitive() || JavaType.of(c.getType().asString()).string()
                    ? constant(c.getExpression(), depth + 1) : false;
        }
        if (e instanceof NameExpr || e instanceof FieldAccessExpr) {
            try {
                ResolvedValueDeclaration d = e instanceof NameExpr n ? n.resolve() : ((FieldAccessExpr) e).resolve();
                if (!d.isField() || !d.asField().isStatic()) {
                    return false;
                }
                Optional<VariableDeclarator> v = declarator(d.asField(), d.getName());
                if (v.isEmpty()) {
                    return true; // a library constant
                }
                FieldDeclaration fd = v.get().findAncestor(FieldDeclaration.class).orElse(null);
                return fd != null && fd.isFinal() && v.get().getInitializer().map(i -> constant(i, depth + 1)).orElse(false);
            } catch (RuntimeException | StackOverflowError x) {
                return false;
            }
        }
        return false;
    }
}
