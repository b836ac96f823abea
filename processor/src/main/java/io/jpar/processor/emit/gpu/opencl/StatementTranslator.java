package io.jpar.processor.emit.gpu.opencl;

import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
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
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.stmt.SynchronizedStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.TryStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import io.jpar.processor.analysis.Lines;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Java statements as OpenCL C, one line per simple statement, four spaces per level. A statement that cannot
 * be translated is recorded as a problem and the translation goes on, so one build reports every construct.
 */
final class StatementTranslator {

    private static final String INDENT = "    ";

    private final KernelContext ctx;
    private final Scope scope;
    private final ExpressionTranslator expressions;
    /** The Java return type of the function being translated; null in the kernel's body. */
    private final String returns;

    StatementTranslator(KernelContext ctx, Scope scope, String function, String returns) {
        this.ctx = ctx;
        this.scope = scope;
        this.expressions = new ExpressionTranslator(ctx, scope, function);
        this.returns = returns;
    }

    /** A block: {@code {}, its statements one level deeper, and the closing brace at {@code level}. */
    String block(BlockStmt b, int level) {
        StringBuilder s = new StringBuilder("{\n");
        scope.open();
        try {
            for (Statement st : b.getStatements()) {
                statement(st, level + 1, s);
            }
        } finally {
            scope.close();
        }
        return s.append(INDENT.repeat(level)).append("}\n").toString();
    }

    /** Appends one statement at {@code level}; a problem in it is recorded, not thrown. */
    void statement(Statement st, int level, StringBuilder out) {
        try {
            out.append(translate(st, level));
        } catch (Untranslatable u) {
            if (u.problem() != null) {
                ctx.problems.add(u.problem());
            }
        }
    }

    private String translate(Statement st, int level) {
        String pad = INDENT.repeat(level);
        if (st instanceof BlockStmt b) {
            return pad + block(b, level);
        }
        if (st instanceof ExpressionStmt e) {
            if (e.getExpression() instanceof VariableDeclarationExpr d) {
                return pad + declaration(d) + ";\n";
            }
            return pad + strip(expressions.statement(e.getExpression())) + ";\n";
        }
        if (st instanceof IfStmt i) {
            StringBuilder s = new StringBuilder(pad).append("if (").append(strip(condition(i.getCondition()))).append(") ")
                    .append(nested(i.getThenStmt(), level));
            if (i.getElseStmt().isPresent()) {
                Statement e = i.getElseStmt().get();
                s.setLength(s.length() - 1);
                s.append(" else ").append(e instanceof IfStmt ? translate(e, level).stripLeading() : nested(e, level));
            }
            return s.toString();
        }
        if (st instanceof ForStmt f) {
            scope.open();
            try {
                List<String> init = new ArrayList<>();
                for (Expression e : f.getInitialization()) {
                    init.add(e instanceof VariableDeclarationExpr d ? declaration(d) : strip(expressions.statement(e)));
                }
                String cond = f.getCompare().map(c -> strip(condition(c))).orElse("");
                List<String> update = new ArrayList<>();
                for (Expression e : f.getUpdate()) {
                    update.add(strip(expressions.statement(e)));
                }
                return pad + "for (" + String.join(", ", init) + "; " + cond + "; " + String.join(", ", update) + ") "
                        + nested(f.getBody(), level);
            } finally {
                scope.close();
            }
        }
        if (st instanceof WhileStmt w) {
            return pad + "while (" + strip(condition(w.getCondition())) + ") " + nested(w.getBody(), level);
        }
        if (st instanceof DoStmt d) {
            String body = nested(d.getBody(), level);
            return pad + "do " + body.substring(0, body.length() - 1) + " while (" + strip(condition(d.getCondition())) + ");\n";
        }
        if (st instanceof BreakStmt b) {
            if (b.getLabel().isPresent()) {
                throw new Untranslatable(GpuConstruct.STATEMENT, b, "the labelled break at line " + Lines.line(b) + " is not translated to OpenCL C");
            }
            return pad + "break;\n";
        }
        if (st instanceof ContinueStmt c) {
            if (c.getLabel().isPresent()) {
                throw new Untranslatable(GpuConstruct.STATEMENT, c, "the labelled continue at line " + Lines.line(c)
                        + " is not translated to OpenCL C; use an unlabelled continue or a flag");
            }
            return pad + "continue;\n";
        }
        if (st instanceof EmptyStmt) {
            return pad + ";\n";
        }
        if (st instanceof ReturnStmt r && returns != null) {
            if (r.getExpression().isEmpty()) {
                return pad + "return;\n";
            }
            // Java allows only widening here (or constants in range), which C's return conversion does alike
            return pad + "return " + strip(expressions.translate(r.getExpression().get()).text()) + ";\n";
        }
        throw refusal(st);
    }

    private static Untranslatable refusal(Statement st) {
        int line = Lines.line(st);
        if (st instanceof ThrowStmt || st instanceof TryStmt || st instanceof AssertStmt) {
            String what = st instanceof ThrowStmt ? "throw" : st instanceof TryStmt ? "try" : "assert";
            return new Untranslatable(GpuConstruct.EXCEPTION, st, "the " + what + " statement at line " + line + " cannot run in a GPU kernel");
        }
        if (st instanceof LocalClassDeclarationStmt || st instanceof LocalRecordDeclarationStmt) {
            return new Untranslatable(GpuConstruct.OBJECT_USE, st, "the local class at line " + line + " cannot be used in a GPU kernel");
        }
        String what = st instanceof SwitchStmt ? "switch statement" : st instanceof ForEachStmt ? "for-each loop"
                : st instanceof LabeledStmt ? "labelled statement" : st instanceof SynchronizedStmt ? "synchronized block"
                : st instanceof ReturnStmt ? "return statement" : "statement `" + ExpressionTranslator.shortText(st) + "`";
        return new Untranslatable(GpuConstruct.STATEMENT, st, "the " + what + " at line " + line + " is not translated to OpenCL C");
    }

    /** The body of if, for, while and do: always braced, so the output reads the same however the input was written. */
    private String nested(Statement body, int level) {
        if (body instanceof BlockStmt b) {
            return block(b, level);
        }
        StringBuilder s = new StringBuilder("{\n");
        scope.open();
        try {
            statement(body, level + 1, s);
        } finally {
            scope.close();
        }
        return s.append(INDENT.repeat(level)).append("}\n").toString();
    }

    private String condition(Expression c) {
        ClExpr x = expressions.translate(c);
        if (!x.javaType().equals("boolean")) {
            throw new Untranslatable(GpuConstruct.TYPE, c, "the condition `" + c + "` at line " + Lines.line(c) + " is not boolean");
        }
        return x.text();
    }

    private String declaration(VariableDeclarationExpr d) {
        List<String> parts = new ArrayList<>();
        String clType = null;
        for (VariableDeclarator v : d.getVariables()) {
            String type = type(v);
            Optional<String[]> row = ClType.dimensions(type) == 1 && ClType.primitive(ClType.element(type)) && v.getInitializer().isPresent()
                    && d.getVariables().size() == 1 && !reassigned(v) ? expressions.row(v.getInitializer().get()) : Optional.empty();
            if (row.isPresent()) {
                // a row of a 2-D argument, e.g. double[] ai = a[i]: the kernel keeps the row's index
                String rowVariable = ClNames.of(v.getNameAsString()) + "_row";
                scope.declareRow(v.getNameAsString(), type, new Scope.Row(row.get()[0], rowVariable));
                return "const int " + rowVariable + " = " + row.get()[1];
            }
            if (!ClType.primitive(type)) {
                scope.refuse(v.getNameAsString());
                boolean allocation = v.getInitializer().map(i -> i instanceof ArrayCreationExpr || i instanceof ArrayInitializerExpr
                        || i instanceof ObjectCreationExpr).orElse(false);
                throw new Untranslatable(allocation ? GpuConstruct.ALLOCATION : type.contains("[") ? GpuConstruct.TYPE : GpuConstruct.OBJECT_USE, v,
                        "the local `" + type + " " + v.getNameAsString() + "` at line " + Lines.line(v) + (allocation
                                ? (type.contains("[") ? " allocates an array" : " creates an object") + ", which a GPU kernel cannot do"
                                : type.contains("[") ? " is an array variable; a kernel reads arrays by element (a[i], m[i][j]), "
                                        + "or through a local that names one row of a 2-D array for good (double[] r = m[i])"
                                : " is an object, which a GPU kernel cannot hold"));
            }
            clType = ClType.local(type);
            ctx.use(type);
            String init = v.getInitializer().map(i -> " = " + strip(expressions.translate(i).text())).orElse("");
            scope.declare(v.getNameAsString(), type);
            parts.add(ClNames.of(v.getNameAsString()) + init);
        }
        return clType + " " + String.join(", ", parts);
    }

    /** Whether a local is assigned after its declaration (a row alias must keep naming its row). */
    private static boolean reassigned(VariableDeclarator v) {
        String name = v.getNameAsString();
        return v.getParentNode().flatMap(d -> d.getParentNode()).flatMap(s -> s.getParentNode())
                .map(block -> block.findAll(AssignExpr.class).stream()
                        .anyMatch(a -> a.getTarget() instanceof NameExpr t && t.getNameAsString().equals(name)))
                .orElse(true);
    }

    private static String type(VariableDeclarator v) {
        if (!v.getType().isVarType()) {
            return v.getType().asString();
        }
        try {
            return v.resolve().getType().describe();
        } catch (RuntimeException | StackOverflowError e) {
            throw new Untranslatable(GpuConstruct.TYPE, v, "the type of `var " + v.getNameAsString() + "` at line " + Lines.line(v) + " is unknown to jpar");
        }
    }

    /** {@code (x = 1)} -> {@code x = 1} where the parentheses enclose the whole text. */
    static String strip(String s) {
        if (!s.startsWith("(") || !s.endsWith(")")) {
            return s;
        }
        int depth = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == 0 && k < s.length() - 1) {
                    return s;
                }
            } else if (c == ',' && depth == 1) {
                // a comma expression ((x, 0) for x % -1): without its parentheses it would split a declaration
                return s;
            }
        }
        return s.substring(1, s.length() - 1);
    }
}
