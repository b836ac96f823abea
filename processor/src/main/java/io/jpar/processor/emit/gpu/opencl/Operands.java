package io.jpar.processor.emit.gpu.opencl;

import io.jpar.processor.analysis.Ast;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import io.jpar.processor.analysis.Lines;
import io.jpar.processor.analysis.Scopes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The operands of kernel expressions: names (a private variable, a kernel argument for an outside local,
 * parameter or field, an inlined constant), array lengths and array elements with their bounds checks
 * (2-D arrays flattened row-major, rows named by locals).
 */
final class Operands {

    private final KernelContext ctx;
    private final Scope scope;
    /** A called function sees only its parameters, its locals and constants; null in the kernel's body. */
    private final String function;
    private final ExpressionTranslator expressions;

    Operands(KernelContext ctx, Scope scope, String function, ExpressionTranslator expressions) {
        this.ctx = ctx;
        this.scope = scope;
        this.function = function;
        this.expressions = expressions;
    }

    ClExpr name(NameExpr n, boolean write) {
        String name = n.getNameAsString();
        if (scope.refused(name)) {
            throw Untranslatable.alreadyReported(n);
        }
        Optional<String> local = scope.type(name);
        if (local.isPresent()) {
            return new ClExpr(ClNames.of(name), local.get());
        }
        Optional<Node> decl = Scopes.declaration(name, n);
        if (decl.isPresent()) {
            if (function != null) {
                throw new Untranslatable(GpuConstruct.STATEMENT, n, "`" + name + "` at line " + Lines.line(n) + " is not a local of " + function);
            }
            String type = declaredType(decl.get(), n);
            return outside(name, type, n, write);
        }
        Optional<VariableDeclarator> field = KernelContext.field(name, n);
        if (field.isEmpty()) {
            throw new Untranslatable(GpuConstruct.OBJECT_USE, n, "`" + name + "` at line " + Lines.line(n)
                    + " is not declared in this file (an inherited field or a static import), so jpar cannot pass it to a GPU kernel");
        }
        Optional<ClExpr> constant = constant(field.get(), n);
        if (constant.isPresent()) {
            return constant.get();
        }
        if (function != null) {
            throw new Untranslatable(GpuConstruct.OBJECT_USE, n, "the field `" + name + "` read at line " + Lines.line(n) + " in " + function
                    + " cannot reach a GPU kernel; pass it as a parameter");
        }
        return outside(name, KernelContext.type(field.get()), n, write);
    }

    private ClExpr outside(String name, String type, Node at, boolean write) {
        checkArgType(name, type, at);
        ctx.arg(name, type, write);
        return new ClExpr(ClNames.of(name), type);
    }

    private static void checkArgType(String name, String type, Node at) {
        String element = type.contains("[") ? ClType.element(type) : type;
        int dims = ClType.dimensions(type);
        if (!ClType.primitive(element) || dims > 2) {
            throw new Untranslatable(dims > 2 || ClType.primitive(element) ? GpuConstruct.TYPE : GpuConstruct.OBJECT_USE, at,
                    "`" + name + "` (" + type + ") used at line " + Lines.line(at) + " cannot be passed to a GPU kernel");
        }
    }

    private static String declaredType(Node decl, Node use) {
        if (decl instanceof Parameter || decl instanceof VariableDeclarator) {
            return Ast.declaredType(decl).map(io.jpar.processor.analysis.JavaType::toString).orElseThrow(() -> new Untranslatable(GpuConstruct.TYPE, use, "the type of `"
                    + use + "` (var) is unknown to jpar"));
        }
        throw new Untranslatable(GpuConstruct.OBJECT_USE, use, "`" + use + "` at line " + Lines.line(use) + " cannot be used in a GPU kernel");
    }

    /** A {@code static final} primitive field with an initializer, inlined as its value. */
    private Optional<ClExpr> constant(VariableDeclarator v, Node use) {
        if (!(v.getParentNode().orElse(null) instanceof FieldDeclaration f)
                || !f.isStatic() || !f.isFinal() || v.getInitializer().isEmpty() || !ClType.primitive(KernelContext.type(v))) {
            return Optional.empty();
        }
        String type = KernelContext.type(v);
        ClExpr init;
        try {
            init = new ExpressionTranslator(ctx, new Scope(), "the constant " + v.getNameAsString()).translate(v.getInitializer().get());
        } catch (Untranslatable u) {
            throw new Untranslatable(GpuConstruct.OBJECT_USE, use, "the constant `" + v.getNameAsString() + "` used at line " + Lines.line(use)
                    + " has an initializer jpar cannot translate (" + u.getMessage() + ")");
        }
        if (init.javaType().equals(type) && !init.text().contains(" ")) {
            return Optional.of(new ClExpr(init.text(), type));
        }
        return Optional.of(new ClExpr("((" + ClType.local(type) + ") " + init.text() + ")", type));
    }

    ClExpr fieldAccess(FieldAccessExpr f) {
        ClExpr library = Constants.library(f.toString());
        if (library != null) {
            ctx.use(library.javaType());
            return library;
        }
        if (f.getNameAsString().equals("length")) {
            return length(f);
        }
        // Outer.CONSTANT: a static final field of a class of this file
        if (f.getScope() instanceof NameExpr || f.getScope() instanceof FieldAccessExpr) {
            Optional<VariableDeclarator> v = classConstant(f);
            if (v.isPresent()) {
                Optional<ClExpr> c = constant(v.get(), f);
                if (c.isPresent()) {
                    return c.get();
                }
            }
        }
        throw new Untranslatable(GpuConstruct.OBJECT_USE, f, "the field access `" + ExpressionTranslator.shortText(f) + "` at line " + Lines.line(f)
                + " cannot be used in a GPU kernel (only static final primitive constants and arrays read by their simple name)");
    }

    private static Optional<VariableDeclarator> classConstant(FieldAccessExpr f) {
        String typeName = f.getScope().toString();
        String simple = typeName.contains(".") ? typeName.substring(typeName.lastIndexOf('.') + 1) : typeName;
        return f.findCompilationUnit().flatMap(u -> u.findAll(TypeDeclaration.class).stream()
                .filter(t -> t.getNameAsString().equals(simple))
                .flatMap(t -> ((TypeDeclaration<?>) t).getFields().stream())
                .flatMap(fd -> fd.getVariables().stream())
                .filter(v -> v.getNameAsString().equals(f.getNameAsString()))
                .findFirst());
    }

    /** {@code a.length} is passed as a scalar argument {@code a_length}; {@code m[r].length} is {@code m_cols}. */
    private ClExpr length(FieldAccessExpr f) {
        Expression scope = f.getScope();
        if (scope instanceof NameExpr r && this.scope.row(r.getNameAsString()).isPresent()) {
            return new ClExpr(ClNames.of(this.scope.row(r.getNameAsString()).get().matrix()) + "_cols", "int");
        }
        if (scope instanceof NameExpr n) {
            ClExpr array = name(n, false);
            if (!array.javaType().contains("[")) {
                throw new Untranslatable(GpuConstruct.OBJECT_USE, f, "`" + f + "` at line " + Lines.line(f) + " is not an array's length");
            }
            if (scope(n)) {
                throw new Untranslatable(GpuConstruct.TYPE, f, "the length of the local array `" + n + "` at line " + Lines.line(f) + " is unknown to the kernel");
            }
            ctx.arg(n.getNameAsString() + ".length", "int", false);
            return new ClExpr(ClNames.of(n.getNameAsString()) + "_length", "int");
        }
        if (scope instanceof ArrayAccessExpr a && a.getName() instanceof NameExpr n && !scope(n)) {
            ClExpr array = name(n, false);
            if (ClType.dimensions(array.javaType()) == 2) {
                expressions.translate(a.getIndex());
                return new ClExpr(ClNames.of(n.getNameAsString()) + "_cols", "int");
            }
        }
        throw new Untranslatable(GpuConstruct.TYPE, f, "`" + ExpressionTranslator.shortText(f) + "` at line " + Lines.line(f) + " cannot be translated to OpenCL C");
    }

    /**
     * For {@code T[] r = m[e]} with m a 2-D kernel argument: the checked row index {@code e}, and m's name; empty
     * when the initializer is not such a row.
     */
    Optional<String[]> row(Expression init) {
        if (!(Ast.unwrap(init) instanceof ArrayAccessExpr a) || !(a.getName() instanceof NameExpr m) || scope(m)) {
            return Optional.empty();
        }
        KernelArg before = ctx.args.get(m.getNameAsString());
        ClExpr matrix = name(m, false);
        // naming a row reads no element: whether m is read or written is up to the row's uses
        ctx.args.put(m.getNameAsString(), before != null ? before : new KernelArg(m.getNameAsString(), matrix.javaType(), false, false));
        if (ClType.dimensions(matrix.javaType()) != 2) {
            return Optional.empty();
        }
        ctx.arg(m.getNameAsString() + ".length", "int", false);
        String index = expressions.translate(a.getIndex()).text();
        return Optional.of(new String[] {m.getNameAsString(), RangeProofs.withinLength(a.getIndex(), m.getNameAsString()) ? index
            : ctx.helpers.use("jpar_at") + "(" + index + ", " + matrix.text() + "_length, jpar_fault)"});
    }

    private boolean scope(NameExpr n) {
        return scope.type(n.getNameAsString()).isPresent();
    }


    /** {@code a[i]} as is; {@code m[i][j]} flattened row-major: {@code m[(i) * m_cols + (j)]}. */
    ClExpr element(ArrayAccessExpr a, boolean write) {
        List<Expression> indices = new ArrayList<>();
        Expression base = a;
        while (base instanceof ArrayAccessExpr x) {
            indices.add(0, x.getIndex());
            base = x.getName();
        }
        while (base instanceof EnclosedExpr en) {
            base = en.getInner();
        }
        if (!(base instanceof NameExpr n)) {
            throw new Untranslatable(GpuConstruct.OBJECT_USE, a, "the element `" + ExpressionTranslator.shortText(a) + "` at line " + Lines.line(a)
                    + " is not of an array named by a variable");
        }
        Optional<Scope.Row> row = scope.row(n.getNameAsString());
        if (row.isPresent() && indices.size() == 1) {
            // r[k] with r = m[i]: element k of row i of m
            String m = row.get().matrix();
            ctx.arg(m, ctx.args.get(m).javaType(), write);
            String k = expressions.translate(indices.get(0)).text();
            String column = RangeProofs.withinLength(indices.get(0), n.getNameAsString()) ? k
                    : ctx.helpers.use("jpar_at") + "(" + k + ", " + ClNames.of(m) + "_cols, jpar_fault)";
            return new ClExpr(ClNames.of(m) + "[" + row.get().rowVariable() + " * " + ClNames.of(m) + "_cols + " + paren(column) + "]",
                    ClType.element(ctx.args.get(m).javaType()));
        }
        ClExpr array = name(n, write);
        int dims = ClType.dimensions(array.javaType());
        if (dims != indices.size()) {
            throw new Untranslatable(GpuConstruct.TYPE, a, "`" + ExpressionTranslator.shortText(a) + "` at line " + Lines.line(a)
                    + " uses a row of a 2-D array as an object; a kernel reads 2-D arrays by element, m[i][j]");
        }
        List<String> idx = new ArrayList<>();
        for (Expression i : indices) {
            ClExpr x = expressions.translate(i);
            idx.add(x.text());
        }
        String element = ClType.element(array.javaType());
        // Java checks every index: the kernel too (its length comes as a scalar argument right after the array),
        // except an index that a loop keeps below the array's length
        String length = array.text() + "_length";
        if (!scope(n)) {
            ctx.arg(n.getNameAsString() + ".length", "int", false);
        }
        if (dims == 1) {
            if (RangeProofs.withinLength(indices.get(0), n.getNameAsString())) {
                return new ClExpr(array.text() + "[" + idx.get(0) + "]", element);
            }
            return new ClExpr(array.text() + "[" + ctx.helpers.use("jpar_at") + "(" + idx.get(0) + ", " + length + ", jpar_fault)]", element);
        }
        if (RangeProofs.withinLength(indices.get(0), n.getNameAsString())) {
            // the row index is in bounds (for (int i = 0; i < m.length; i++)): only the column is checked
            return new ClExpr(array.text() + "[" + paren(idx.get(0)) + " * " + array.text() + "_cols + " + ctx.helpers.use("jpar_at") + "("
                    + idx.get(1) + ", " + array.text() + "_cols, jpar_fault)]", element);
        }
        return new ClExpr(array.text() + "[" + ctx.helpers.use("jpar_at2") + "(" + idx.get(0) + ", " + length + ", " + idx.get(1) + ", "
                + array.text() + "_cols, jpar_fault)]", element);
    }

    /** {@code s} parenthesized unless it is a name, a literal or one parenthesized expression already. */
    static String paren(String s) {
        return s.matches("[A-Za-z_0-9.]+") || (s.startsWith("(") && balancedOuter(s)) ? s : "(" + s + ")";
    }

    /** Whether the first parenthesis of s closes at its end, so s is one parenthesized expression. */
    private static boolean balancedOuter(String s) {
        int depth = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == 0 && k < s.length() - 1) {
                    return false;
                }
            }
        }
        return s.endsWith(")");
    }
}
