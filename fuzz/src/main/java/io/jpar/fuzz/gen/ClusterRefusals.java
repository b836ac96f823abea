package io.jpar.fuzz.gen;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What the CLUSTER target refuses on top of the CPU target's rules, found in a generated program's text: the
 * statements of a {@code @Parallel} method's body that use the instance ({@code this.scale}, the instance helper
 * {@code twice(..)}: other ranks have no {@code this}), call {@code peek(..)}, a helper that reads the non-final
 * static {@code fuzzField} (each rank's JVM has its own statics), or write {@code flat[i * m + j]} or lanes {@code flat[2 * i + 1]} (an index that is
 * not {@code ±i + offset}: a rank's block cannot be gathered back). The generator writes these on purpose; every
 * one must be refused with an error on its line.
 */
final class ClusterRefusals {

    /** The helper that reads static state; declared only in CLUSTER programs. */
    static final String PEEK = "static int peek(int v) { return v + fuzzField; }";

    private static final Pattern INSTANCE_USE = Pattern.compile("\\bthis\\.scale\\b|\\btwice\\(");
    private static final Pattern STATIC_STATE = Pattern.compile("\\bpeek\\(");
    private static final Pattern UNGATHERABLE = Pattern.compile("\\bflat\\[(\\w+ \\* m \\+ j|\\d \\* \\w+( \\+ \\d)?)\\] \\+?=");
    private static final Pattern PARALLEL_METHOD = Pattern.compile("^    (static )?void f\\d+\\(");

    private ClusterRefusals() {
    }

    /** The expectation of a CLUSTER program whose CPU expectation is {@code cpu}. */
    static Expectation expect(List<String> lines, Expectation cpu) {
        Set<Integer> offending = new TreeSet<>();
        boolean instance = false;
        boolean statics = false;
        boolean ungatherable = false;
        boolean inMethod = false;
        for (int k = 0; k < lines.size(); k++) {
            String line = lines.get(k);
            if (PARALLEL_METHOD.matcher(line).find()) {
                inMethod = true;
            } else if (inMethod && line.equals("    }")) {
                inMethod = false;
            } else if (inMethod) {
                boolean i = INSTANCE_USE.matcher(line).find();
                boolean s = STATIC_STATE.matcher(line).find();
                boolean u = UNGATHERABLE.matcher(line).find();
                if (i || s || u) {
                    offending.add(k + 1);
                    instance |= i;
                    statics |= s;
                    ungatherable |= u;
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
            reasons.add("flat[i * m + j] or lanes of flat written: not gatherable by block");
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
