package io.jpar.processor.emit.gpu.opencl;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.SimpleName;
import io.jpar.processor.analysis.Lines;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Static methods of the loop's file called from the body, translated once each as OpenCL functions (their
 * callees too). A call that comes back to a method being translated is recursion, which OpenCL C forbids.
 */
final class Functions {

    private final KernelContext ctx;
    private final Map<MethodDeclaration, String> names = new LinkedHashMap<>();
    private final Map<MethodDeclaration, String> sources = new LinkedHashMap<>();
    private final Deque<MethodDeclaration> translating = new ArrayDeque<>();

    Functions(KernelContext ctx) {
        this.ctx = ctx;
    }

    ClExpr call(MethodCallExpr m, ExpressionTranslator caller) {
        String where = "`" + ExpressionTranslator.shortText(m) + "` at line " + Lines.line(m);
        MethodDeclaration target = target(m).orElseThrow(() -> new Untranslatable(GpuConstruct.CALL, m, "the call " + where
                + (m.getScope().isPresent() && !typeName(m.getScope().get()) ? " calls a method of the object `" + m.getScope().get() + "`"
                : " is not of a static method of this file")));
        if (!target.isStatic()) {
            throw new Untranslatable(GpuConstruct.CALL, m, "the call " + where + " is of an instance method");
        }
        if (translating.contains(target)) {
            throw new Untranslatable(GpuConstruct.RECURSION, m, "the call " + where + " is recursive (" + chain(target) + ")");
        }
        List<String> args = new ArrayList<>();
        for (int k = 0; k < m.getArguments().size(); k++) {
            String type = target.getParameter(k).getType().asString();
            ClExpr a = caller.translate(m.getArgument(k));
            if (!ClType.primitive(type) || !ClType.primitive(a.javaType())) {
                throw new Untranslatable(GpuConstruct.CALL, m, "the call " + where + " passes " + type
                        + "; a method called from a GPU kernel takes primitive values");
            }
            args.add(MathFunctions.convert(a, type));
        }
        String returns = target.getType().asString();
        if (!returns.equals("void") && !ClType.primitive(returns)) {
            throw new Untranslatable(GpuConstruct.CALL, m, "the call " + where + " returns " + returns
                    + "; a method called from a GPU kernel returns a primitive value");
        }
        String name = names.computeIfAbsent(target, t -> uniqueName(t));
        if (!sources.containsKey(target)) {
            translating.push(target);
            try {
                sources.put(target, "");
                sources.put(target, translate(target, name));
            } finally {
                translating.pop();
            }
        }
        ctx.use(returns);
        args.add("jpar_fault");
        return new ClExpr(name + "(" + String.join(", ", args) + ")", returns);
    }

    /** Whether a call's scope names a type ({@code Integer}, {@code java.lang.Math}) rather than an object. */
    private static boolean typeName(Expression scope) {
        String last = scope.toString().substring(scope.toString().lastIndexOf('.') + 1);
        return (scope instanceof NameExpr || scope instanceof FieldAccessExpr)
                && !last.isEmpty() && Character.isUpperCase(last.charAt(0));
    }

    private String chain(MethodDeclaration target) {
        List<String> path = new ArrayList<>();
        for (MethodDeclaration d : translating) {
            path.add(0, d.getNameAsString());
            if (d == target) {
                break;
            }
        }
        path.add(target.getNameAsString());
        return String.join(" calls ", path);
    }

    private String uniqueName(MethodDeclaration t) {
        String base = ClNames.of(t.getNameAsString());
        // in C a variable hides a function of its name: a method named like a variable of the file gets a suffix
        boolean variable = t.findCompilationUnit().map(u -> u.findAll(SimpleName.class).stream()
                .anyMatch(n -> n.getIdentifier().equals(t.getNameAsString()) && !(n.getParentNode().orElse(null) instanceof MethodDeclaration)
                        && !(n.getParentNode().orElse(null) instanceof MethodCallExpr))).orElse(false);
        if (variable) {
            base = base + "_fn";
        }
        String name = base;
        int k = 2;
        while (names.containsValue(name)) {
            name = base + "_" + k++;
        }
        return name;
    }

    private String translate(MethodDeclaration m, String name) {
        Scope scope = new Scope();
        List<String> params = new ArrayList<>();
        for (Parameter p : m.getParameters()) {
            String type = p.getType().asString();
            scope.declare(p.getNameAsString(), type);
            ctx.use(type);
            params.add(ClType.local(type) + " " + ClNames.of(p.getNameAsString()));
        }
        // a function may divide: it reports a zero divisor through the kernel's fault buffer
        params.add("__global int* jpar_fault");
        String returns = m.getType().asString();
        String head = (returns.equals("void") ? "void" : ClType.local(returns)) + " " + name + "(" + String.join(", ", params) + ")";
        StatementTranslator body = new StatementTranslator(ctx, scope, m.getNameAsString() + "()", returns);
        String text = m.getBody().map(b -> body.block(b, 0)).orElse("{ }\n");
        return "/* " + m.getDeclarationAsString(false, false, true) + ", line " + Lines.line(m) + " */\n" + head + " " + text;
    }

    /** Prototypes, then definitions: the order of calls does not matter. */
    String definitions() {
        if (sources.isEmpty()) {
            return "";
        }
        StringBuilder s = new StringBuilder();
        for (String src : sources.values()) {
            String head = src.lines().skip(1).findFirst().orElse("");
            s.append(head, 0, head.lastIndexOf(')') + 1).append(";\n");
        }
        s.append('\n');
        sources.values().forEach(src -> s.append(src).append('\n'));
        return s.toString();
    }

    /** The method a call names: by the symbol solver, else the one method of that name and arity in the file. */
    private static Optional<MethodDeclaration> target(MethodCallExpr m) {
        Optional<TypeDeclaration<?>> scopeType = Optional.empty();
        if (m.getScope().isPresent()) {
            Expression s = m.getScope().get();
            String simple = s.toString().contains(".") ? s.toString().substring(s.toString().lastIndexOf('.') + 1) : s.toString();
            scopeType = m.findCompilationUnit().flatMap(u -> u.findAll(TypeDeclaration.class).stream()
                    .filter(t -> t.getNameAsString().equals(simple)).findFirst().map(t -> (TypeDeclaration<?>) t));
            if (scopeType.isEmpty()) {
                return Optional.empty();
            }
        }
        try {
            Optional<Node> ast = m.resolve().toAst().map(n -> (Node) n);
            if (ast.isPresent() && ast.get() instanceof MethodDeclaration d && d.findCompilationUnit().equals(m.findCompilationUnit())) {
                return Optional.of(d);
            }
            return Optional.empty();
        } catch (RuntimeException | StackOverflowError e) {
            // the symbol solver could not decide (a type it cannot see in an argument): look in the file
        }
        List<MethodDeclaration> candidates = new ArrayList<>();
        Node p = scopeType.isPresent() ? scopeType.get() : m.getParentNode().orElse(null);
        while (p != null) {
            if (p instanceof TypeDeclaration<?> t) {
                t.getMethodsByName(m.getNameAsString()).stream().filter(d -> d.getParameters().size() == m.getArguments().size()
                        && d.getParameters().stream().noneMatch(Parameter::isVarArgs)).forEach(candidates::add);
                if (!candidates.isEmpty() || scopeType.isPresent()) {
                    break;
                }
            }
            p = p.getParentNode().orElse(null);
        }
        return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    }
}
