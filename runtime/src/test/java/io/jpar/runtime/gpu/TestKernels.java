package io.jpar.runtime.gpu;

import io.jpar.Schedule;
import io.jpar.runtime.LoopSite;
import io.jpar.runtime.Relation;

/**
 * Hand-written kernels in the contract's signature convention (docs/ARCHITECTURE.md, "Generated code for the
 * GPU target"), as the translator writes them: the loop's parameters, then one per bound value, then a
 * partials/scratch pair per reduction, then {@code jpar_fault}; grid-stride loops; a tree over local memory for
 * reductions.
 */
final class TestKernels {

    private static int sites;

    private TestKernels() {
    }

    /** A fresh loop site (its own statistics and fallback warning). */
    static LoopSite site(Relation... relations) {
        return new LoopSite("GpuTest.java:" + (++sites), "GpuTest.loop" + sites, Schedule.AUTO, 0, 0, relations);
    }

    static LoopSite site() {
        return site(Relation.LT);
    }

    /**
     * A kernel over one loop with an {@code int} (or {@code long}) index {@code i}.
     *
     * @param params     the parameters after the loop's three, e.g. {@code "__global const float* x, const float a"}
     * @param body       statements that use {@code i}
     * @param reductions {@code {type, name, identity, combine(a,b) as a macro body}} per reduction, or none
     */
    static Kernel oneLoop(String name, String index, String params, String body, String[]... reductions) {
        StringBuilder s = new StringBuilder(head(params + body));
        s.append("__kernel void ").append(name).append("(const long jpar_trips, const ").append(index)
                .append(" jpar_first, const ").append(index).append(" jpar_step");
        appendParams(s, params, reductions);
        s.append(") {\n");
        declareAccumulators(s, reductions);
        s.append("    for (long t = get_global_id(0); t < jpar_trips; t += get_global_size(0)) {\n")
                .append("        const ").append(index).append(" i = (").append(index)
                .append(") (jpar_first + t * jpar_step);\n")
                .append("        ").append(body).append("\n    }\n");
        appendTree(s, reductions, false);
        return new Kernel(name, s.append("}\n").toString());
    }

    /** A kernel over two collapsed {@code int} loops {@code i} (outer, dimension 1) and {@code j} (inner, dimension 0). */
    static Kernel collapsed(String name, String params, String body, String[]... reductions) {
        StringBuilder s = new StringBuilder(head(params + body));
        s.append("__kernel void ").append(name).append("(const long jpar_trips0, const int jpar_first0, ")
                .append("const int jpar_step0, const long jpar_trips1, const int jpar_first1, const int jpar_step1");
        appendParams(s, params, reductions);
        s.append(") {\n");
        declareAccumulators(s, reductions);
        s.append("    for (long t0 = get_global_id(1); t0 < jpar_trips0; t0 += get_global_size(1)) {\n")
                .append("        const int i = (int) (jpar_first0 + t0 * jpar_step0);\n")
                .append("        for (long t1 = get_global_id(0); t1 < jpar_trips1; t1 += get_global_size(0)) {\n")
                .append("            const int j = (int) (jpar_first1 + t1 * jpar_step1);\n")
                .append("            ").append(body).append("\n        }\n    }\n");
        appendTree(s, reductions, true);
        return new Kernel(name, s.append("}\n").toString());
    }

    private static String head(String text) {
        return "#pragma OPENCL FP_CONTRACT OFF\n"
                + (text.contains("double") ? "#pragma OPENCL EXTENSION cl_khr_fp64 : enable\n" : "");
    }

    private static void appendParams(StringBuilder s, String params, String[][] reductions) {
        if (!params.isEmpty()) {
            s.append(",\n        ").append(params);
        }
        for (String[] r : reductions) {
            s.append(",\n        __global ").append(r[0]).append("* ").append(r[1]).append("_partials, __local ")
                    .append(r[0]).append("* ").append(r[1]).append("_scratch");
        }
        s.append(",\n        __global int* jpar_fault");
    }

    private static void declareAccumulators(StringBuilder s, String[][] reductions) {
        for (String[] r : reductions) {
            s.append("    ").append(r[0]).append(' ').append(r[1]).append(" = ").append(r[2]).append(";\n");
            s.append("#define COMBINE_").append(r[1]).append("(a, b) (").append(r[3]).append(")\n");
        }
    }

    private static void appendTree(StringBuilder s, String[][] reductions, boolean twoD) {
        if (reductions.length == 0) {
            return;
        }
        s.append(twoD ? "    const int jpar_lid = get_local_id(0) + get_local_id(1) * get_local_size(0);\n"
                        + "    const int jpar_size = get_local_size(0) * get_local_size(1);\n"
                        + "    const int jpar_group = get_group_id(0) + get_group_id(1) * get_num_groups(0);\n"
                : "    const int jpar_lid = get_local_id(0);\n    const int jpar_size = get_local_size(0);\n"
                        + "    const int jpar_group = get_group_id(0);\n");
        for (String[] r : reductions) {
            s.append("    ").append(r[1]).append("_scratch[jpar_lid] = ").append(r[1]).append(";\n");
        }
        s.append("    barrier(CLK_LOCAL_MEM_FENCE);\n    for (int jpar_half = jpar_size / 2; jpar_half > 0; jpar_half /= 2) {\n"
                + "        if (jpar_lid < jpar_half) {\n");
        for (String[] r : reductions) {
            String sc = r[1] + "_scratch";
            s.append("            ").append(sc).append("[jpar_lid] = COMBINE_").append(r[1]).append('(').append(sc)
                    .append("[jpar_lid], ").append(sc).append("[jpar_lid + jpar_half]);\n");
        }
        s.append("        }\n        barrier(CLK_LOCAL_MEM_FENCE);\n    }\n    if (jpar_lid == 0) {\n");
        for (String[] r : reductions) {
            s.append("        ").append(r[1]).append("_partials[jpar_group] = ").append(r[1]).append("_scratch[0];\n");
        }
        s.append("    }\n");
    }
}
