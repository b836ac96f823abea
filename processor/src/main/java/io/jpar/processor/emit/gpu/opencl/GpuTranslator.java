package io.jpar.processor.emit.gpu.opencl;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.Statement;
import io.jpar.processor.analysis.CanonicalLoop;
import io.jpar.processor.analysis.JavaType;
import io.jpar.processor.analysis.Lines;
import io.jpar.processor.analysis.LoopModel;
import io.jpar.processor.analysis.LoopScope;
import io.jpar.processor.analysis.Privatized;
import io.jpar.processor.analysis.Reduction;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Translates a parallel loop's body to an OpenCL C 1.2 kernel with the signature of docs/ARCHITECTURE.md
 * ("Generated code for the GPU target"): trip count, first index and step; one parameter per outside value in
 * order of first use; per reduction a partials buffer and a local scratch array. Work-items stride over the
 * iterations; a {@code continue} of the parallel loop is a {@code continue} of that work-item loop.
 */
public final class GpuTranslator {

    private static final String INDENT = "    ";

    private GpuTranslator() {
    }

    /**
     * @param loop  the analysed loop (it passed every CPU check)
     * @param name  the kernel's name
     * @param where what the kernel's first comment says it came from ({@code Sums.total, Sums.java:12})
     */
    public static KernelTranslation translate(LoopModel loop, String name, String where) {
        KernelContext ctx = new KernelContext(loop.method());
        Scope scope = new Scope();
        List<Reduction> reductions = new ArrayList<>();
        for (Reduction r : loop.reductions()) {
            if (r.array() || r.field() != null || !ClType.primitive(r.type())) {
                // reported once here, not again at each use
                scope.refuse(r.name());
            }
            if (r.array()) {
                ctx.problems.add(new GpuProblem(GpuConstruct.ARRAY_REDUCTION, update(loop.body(), r.name(), loop.loop()),
                        (r.element() != null ? "the reduction into " + r.element().array() + "[]." + r.element().field()
                                : "the array reduction " + r.name() + "[]") + " (" + r.operator() + ") at line " + r.lines().get(0) + " is not run on a GPU"));
            } else if (r.field() != null) {
                ctx.problems.add(new GpuProblem(GpuConstruct.FIELD_REDUCTION, r.targets().get(0),
                        "the field " + r.field() + " is updated as a reduction (" + r.operator() + ") at line " + r.lines().get(0)));
            } else if (!ClType.primitive(r.type())) {
                ctx.problems.add(new GpuProblem(GpuConstruct.TYPE, update(loop.body(), r.name(), loop.loop()),
                        "the reduction " + r.name() + " (" + r.type() + ") at line " + r.lines().get(0) + " is not of a primitive type"));
            } else {
                reductions.add(r);
                scope.declare(r.name(), r.type());
                ctx.use(r.type());
            }
        }
        CanonicalLoop outer = loop.outer();
        CanonicalLoop inner = loop.inner();
        scope.declare(outer.name(), outer.type());
        if (inner != null) {
            scope.declare(inner.name(), inner.type());
        }
        int level = inner != null ? 3 : 2;
        // the method's locals private to an iteration are locals of the work-item's iteration
        StringBuilder privates = new StringBuilder();
        for (Privatized p : loop.privates()) {
            if (p.declaration() == outer.index() && !p.last()) {
                continue; // the kernel's own index
            }
            Node at = LoopScope.firstAssignment(loop.body(), p.name());
            if (p.last()) {
                scope.refuse(p.name());
                ctx.problems.add(new GpuProblem(GpuConstruct.LAST_VALUE, at, p.name() + " is read after the loop, "
                        + "which needs the value the last iteration left in it"));
            } else if (!ClType.primitive(p.type())) {
                scope.refuse(p.name());
                ctx.problems.add(new GpuProblem(GpuConstruct.TYPE, at, "the local " + p.name() + " (" + p.type()
                        + ") assigned at line " + Lines.line(at) + " is not of a primitive type"));
            } else {
                scope.declare(p.name(), p.type());
                ctx.use(p.type());
                privates.append(INDENT.repeat(level)).append(ClType.storage(p.type())).append(' ')
                        .append(ClNames.of(p.name())).append(" = 0;\n");
            }
        }
        StatementTranslator body = new StatementTranslator(ctx, scope, null, null);
        Node b = loop.body();
        String bodyText;
        if (b instanceof BlockStmt block) {
            bodyText = INDENT.repeat(level) + body.block(block, level);
        } else {
            StringBuilder s = new StringBuilder();
            body.statement((Statement) b, level, s);
            bodyText = s.toString();
        }
        bodyText = privates.isEmpty() ? bodyText : privates + bodyText;
        List<KernelArg> args = List.copyOf(ctx.args.values());
        // one problem per line: a refused variable would otherwise be reported again at each of its uses there
        Set<Integer> lines = new HashSet<>();
        ctx.problems.removeIf(p -> !lines.add(Lines.line(p.at())));
        String source = ctx.problems.isEmpty() ? source(ctx, name, where, outer, inner, args, reductions, bodyText) : "";
        return new KernelTranslation(name, source, args, reductions, List.copyOf(ctx.problems));
    }

    /** Where an array reduction is updated, for its refusal's line. */
    private static Node update(Node body, String name, Node fallback) {
        for (Node n : body.findAll(Node.class)) {
            Node target = n instanceof AssignExpr a ? a.getTarget() : n instanceof UnaryExpr u ? u.getExpression() : null;
            while (target instanceof ArrayAccessExpr x) {
                target = x.getName();
            }
            if (target instanceof NameExpr t && t.getNameAsString().equals(name)) {
                return n;
            }
        }
        return fallback;
    }

    private static String source(KernelContext ctx, String name, String where, CanonicalLoop outer, CanonicalLoop inner,
                                 List<KernelArg> args, List<Reduction> reductions, String bodyText) {
        String functions = ctx.functions.definitions();
        StringBuilder s = new StringBuilder();
        List<String> params = new ArrayList<>();
        if (inner == null) {
            params.add("const long jpar_trips, const " + outer.type() + " jpar_first, const " + outer.type() + " jpar_step");
        } else {
            params.add("const long jpar_trips0, const int jpar_first0, const int jpar_step0");
            params.add("const long jpar_trips1, const int jpar_first1, const int jpar_step1");
        }
        for (KernelArg a : args) {
            if (a.name().endsWith(".length")) {
                params.add("const int " + ClNames.of(a.name().substring(0, a.name().length() - ".length".length())) + "_length");
            } else if (a.array()) {
                String element = ClType.storage(ClType.element(a.javaType()));
                params.add("__global " + (a.written() ? "" : "const ") + element + "* " + ClNames.of(a.name()));
                if (ClType.dimensions(a.javaType()) == 2) {
                    params.add("const int " + ClNames.of(a.name()) + "_cols");
                }
            } else {
                params.add("const " + ClType.storage(a.javaType()) + " " + ClNames.of(a.name()));
            }
        }
        for (Reduction r : reductions) {
            String t = ClType.storage(r.type());
            params.add("__global " + t + "* " + ClNames.of(r.name()) + "_partials, __local " + t + "* " + ClNames.of(r.name()) + "_scratch");
        }
        // where a work-item records what Java would have thrown: {code, index, length}; the runtime zeroes and reads it
        params.add("__global int* jpar_fault");
        s.append("__kernel void ").append(name).append("(").append(String.join(",\n        ", params)).append(") {\n");
        for (Reduction r : reductions) {
            s.append(INDENT).append(ClType.local(r.type())).append(' ').append(ClNames.of(r.name())).append(" = ")
                    .append(ReductionKernel.identity(r)).append(";\n");
        }
        if (inner == null) {
            s.append(INDENT).append("for (long jpar_t = get_global_id(0); jpar_t < jpar_trips; jpar_t += get_global_size(0)) {\n");
            s.append(INDENT.repeat(2)).append("const ").append(outer.type()).append(' ').append(ClNames.of(outer.name())).append(" = ")
                    .append(index(outer.type(), "jpar_first", "jpar_t", "jpar_step")).append(";\n");
        } else {
            // dimension 0 is the inner (contiguous) index, as OpenCL devices expect for coalesced access
            s.append(INDENT).append("for (long jpar_t0 = get_global_id(1); jpar_t0 < jpar_trips0; jpar_t0 += get_global_size(1)) {\n");
            s.append(INDENT.repeat(2)).append("const int ").append(ClNames.of(outer.name())).append(" = ")
                    .append(index(JavaType.INT, "jpar_first0", "jpar_t0", "jpar_step0")).append(";\n");
            s.append(INDENT.repeat(2)).append("for (long jpar_t1 = get_global_id(0); jpar_t1 < jpar_trips1; jpar_t1 += get_global_size(0)) {\n");
            s.append(INDENT.repeat(3)).append("const int ").append(ClNames.of(inner.name())).append(" = ")
                    .append(index(JavaType.INT, "jpar_first1", "jpar_t1", "jpar_step1")).append(";\n");
        }
        s.append(bodyText);
        if (inner != null) {
            s.append(INDENT.repeat(2)).append("}\n");
        }
        s.append(INDENT).append("}\n");
        if (!reductions.isEmpty()) {
            s.append(workGroupReduction(reductions, inner != null, ctx.helpers));
        }
        s.append("}\n");
        // the prelude last: the reduction's combine may need helpers too
        StringBuilder head = new StringBuilder();
        head.append("// ").append(where).append(": generated by jpar from the loop's body (OpenCL C 1.2)\n");
        head.append("#pragma OPENCL FP_CONTRACT OFF\n");
        if (ctx.usesDouble || ctx.helpers.usesDouble()) {
            head.append("#pragma OPENCL EXTENSION cl_khr_fp64 : enable\n");
        }
        head.append('\n');
        String helpers = ctx.helpers.definitions();
        if (!helpers.isEmpty()) {
            head.append(helpers).append('\n');
        }
        return head.append(functions).append(s).toString();
    }

    /** The index of iteration t: {@code first + t * step}, computed without signed overflow. */
    private static String index(JavaType type, String first, String t, String step) {
        if (type.equals(JavaType.LONG)) {
            return "as_long((ulong) " + first + " + (ulong) " + t + " * (ulong) " + step + ")";
        }
        return "(int) (" + first + " + " + t + " * " + step + ")";
    }

    /**
     * Each work-group folds its work-items' partials in local memory, earlier items first, halving the active
     * range each step (any local size works), and work-item 0 writes the group's partial.
     */
    private static String workGroupReduction(List<Reduction> reductions, boolean twoD, Helpers helpers) {
        String p1 = INDENT;
        String p2 = INDENT.repeat(2);
        String p3 = INDENT.repeat(3);
        StringBuilder s = new StringBuilder();
        s.append(p1).append("// the work-group's partial: a tree over local memory, earlier work-items first\n");
        s.append(p1).append(twoD ? "const int jpar_lid = get_local_id(0) + get_local_id(1) * get_local_size(0);\n"
                : "const int jpar_lid = get_local_id(0);\n");
        for (Reduction r : reductions) {
            s.append(p1).append(ClNames.of(r.name())).append("_scratch[jpar_lid] = ").append(ClNames.of(r.name())).append(";\n");
        }
        s.append(p1).append("barrier(CLK_LOCAL_MEM_FENCE);\n");
        s.append(p1).append(twoD ? "for (int jpar_n = get_local_size(0) * get_local_size(1); jpar_n > 1; ) {\n"
                : "for (int jpar_n = get_local_size(0); jpar_n > 1; ) {\n");
        s.append(p2).append("const int jpar_h = (jpar_n + 1) / 2;\n");
        s.append(p2).append("if (jpar_lid + jpar_h < jpar_n) {\n");
        for (Reduction r : reductions) {
            String sc = ClNames.of(r.name()) + "_scratch";
            s.append(p3).append(sc).append("[jpar_lid] = ")
                    .append(ReductionKernel.combine(r, sc + "[jpar_lid]", sc + "[jpar_lid + jpar_h]", helpers)).append(";\n");
        }
        s.append(p2).append("}\n");
        s.append(p2).append("barrier(CLK_LOCAL_MEM_FENCE);\n");
        s.append(p2).append("jpar_n = jpar_h;\n");
        s.append(p1).append("}\n");
        s.append(p1).append("if (jpar_lid == 0) {\n");
        String group = twoD ? "get_group_id(0) + get_group_id(1) * get_num_groups(0)" : "get_group_id(0)";
        for (Reduction r : reductions) {
            s.append(p2).append(ClNames.of(r.name())).append("_partials[").append(group).append("] = ")
                    .append(ClNames.of(r.name())).append("_scratch[0];\n");
        }
        s.append(p1).append("}\n");
        return s.toString();
    }
}
