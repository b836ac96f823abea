package io.jpar.fuzz.gen;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What the CLUSTER target refuses on top of the CPU target's rules, found in a generated program's text: the
 * statements of a {@code @Parallel} method's body that use the instance ({@code this.scale}, the instance helper
 * {@code twice(..)}: other ranks have no {@code this}), call {@code peek(..)}, a helper that reads the non-final
 * static {@code fuzzField} (each rank's JVM has its own statics), or write {@code flat[i * m + j]} (an index that is
 * not {@code ±i + offset}: a rank's block cannot be gathered back), or lanes {@code flat[2 * i + 1]} where the method
 * also touches {@code flat} otherwise (lanes of one width alone move by lane), or update a field reduction ({@code f0q1},
 * {@code this.f0q1}, {@code Tally0.f0q1}: each rank has its own copy of the field), or write a field of an element of an
 * array of Cells ({@code cs[i].v = e}, {@code cg[i][j].k++}, {@code cs[i].add(e)}, {@code cs[i % 3].r += e}, through
 * an alias {@code el3.v = ..}, or the elements of the local {@code lc} that the method fills: a cluster job brings back
 * only arrays of primitives), or use the scratch object {@code tmp} (a copy per CPU thread, none per rank). The
 * generator writes these on purpose; every one must be refused with an error on its line (jpar names the first of a
 * loop: any one does).
 */
final class ClusterRefusals {

    /** The helper that reads static state; declared only in CLUSTER programs. */
    static final String PEEK = "static int peek(int v) { return v + fuzzField; }";

    private static final Pattern INSTANCE_USE = Pattern.compile("\\bthis\\.scale\\b|\\btwice\\(");
    private static final Pattern STATIC_STATE = Pattern.compile("\\bpeek\\(");
    /** The fields a method reduces into ({@code MethodGenerator.declareFields}); only their updates name them in a loop. */
    private static final Pattern FIELD_REDUCTION = Pattern.compile("\\bf\\d+q\\d+\\b");
    /** cs, cg, lc or an alias el3, with its indices (one nesting deep: {@code cs[a[i + 1] & 7]}). */
    private static final String ELEMENT = "\\b(cs|cg|lc|el\\d+)(\\[([^\\[\\]]|\\[[^\\]]*\\])*\\])*";
    /** A write of a field of an element of cs, cg or lc, or of a local naming one ({@code el3}), by assignment, update or add(..), or the fill of lc. */
    private static final Pattern ELEMENT_WRITE = Pattern.compile(ELEMENT + "\\.[vkr] ([-+*^|&]?=) |" + ELEMENT + "\\.[vkr](\\+\\+|--)"
            + "|(\\+\\+|--)(cs|cg|lc|el\\d+)\\b|\\blc\\[p\\] = |" + ELEMENT + "\\.add\\(");
    /** A use of the scratch object tmp ({@code MethodGenerator}); jpar names its declaration before the loop. */
    private static final Pattern SCRATCH = Pattern.compile("\\btmp\\b");
    private static final Pattern UNGATHERABLE = Pattern.compile("\\bflat\\[\\w+ \\* m \\+ j\\] \\+?=");
    private static final Pattern LANE_WRITE = Pattern.compile("\\bflat\\[\\d \\* \\w+( \\+ \\d)?\\] \\+?=");
    private static final Pattern FLAT = Pattern.compile("\\bflat\\[([^\\]]*)\\]");
    private static final Pattern LANE = Pattern.compile("(\\d) \\* \\w+( \\+ \\d)?");
    private static final Pattern PARALLEL_METHOD = Pattern.compile("^    (static )?void f\\d+\\(");

    private ClusterRefusals() {
    }

    /** The expectation of a CLUSTER program whose CPU expectation is {@code cpu}. */
    static Expectation expect(List<String> lines, Expectation cpu) {
        Set<Integer> offending = new TreeSet<>();
        boolean instance = false;
        boolean statics = false;
        boolean ungatherable = false;
        boolean fields = false;
        boolean elements = false;
        boolean scratch = false;
        boolean inMethod = false;
        List<Integer> laneLines = new java.util.ArrayList<>();
        Set<String> flatForms = new TreeSet<>();
        for (int k = 0; k < lines.size(); k++) {
            String line = lines.get(k);
            if (PARALLEL_METHOD.matcher(line).find()) {
                inMethod = true;
                laneLines.clear();
                flatForms.clear();
            } else if (inMethod && line.equals("    }")) {
                inMethod = false;
                // lanes move by lane when every access of flat is a lane of one width; else no block can be gathered
                if (!laneLines.isEmpty() && (flatForms.size() != 1 || !flatForms.iterator().next().matches("\\d"))) {
                    offending.addAll(laneLines);
                    ungatherable = true;
                }
            } else if (inMethod) {
                java.util.regex.Matcher f = FLAT.matcher(line);
                while (f.find()) {
                    java.util.regex.Matcher lane = LANE.matcher(f.group(1));
                    flatForms.add(lane.matches() ? lane.group(1) : f.group(1));
                }
                if (LANE_WRITE.matcher(line).find()) {
                    laneLines.add(k + 1);
                }
                boolean i = INSTANCE_USE.matcher(line).find();
                boolean s = STATIC_STATE.matcher(line).find();
                boolean u = UNGATHERABLE.matcher(line).find();
                boolean r = FIELD_REDUCTION.matcher(line).find();
                boolean e = ELEMENT_WRITE.matcher(line).find();
                boolean t = SCRATCH.matcher(line).find();
                if (i || s || u || r || e || t) {
                    offending.add(k + 1);
                    instance |= i;
                    statics |= s;
                    ungatherable |= u;
                    fields |= r;
                    elements |= e;
                    scratch |= t;
                }
            }
        }
        if (offending.isEmpty()) {
            return cpu;
        }
        List<String> reasons = new java.util.ArrayList<>();
        if (instance) {
            reasons.add("the instance (this) used in a CLUSTER loop");
        }
        if (statics) {
            reasons.add("a non-final static field read by a callee of a CLUSTER loop");
        }
        if (ungatherable) {
            reasons.add("flat[i * m + j], or lanes of flat among other accesses of it, written: not gatherable by block");
        }
        if (fields) {
            reasons.add("a field reduced into by a CLUSTER loop: each rank has its own copy");
        }
        if (elements) {
            reasons.add("a field of an element of an array of objects written by a CLUSTER loop: a rank's writes to its copy are lost");
        }
        if (scratch) {
            reasons.add("a scratch object (made before the loop, its fields written first in each iteration) in a CLUSTER loop: only CPU threads get copies");
        }
        String reason = String.join("; ", reasons);
        if (!cpu.legal()) {
            // the planted CPU refusal or the CLUSTER one: either names a line of the program's faults
            offending.addAll(cpu.lines());
            return Expectation.refuse(offending, cpu.reason() + "; " + reason);
        }
        return Expectation.refuse(offending, reason, "cluster");
    }
}
