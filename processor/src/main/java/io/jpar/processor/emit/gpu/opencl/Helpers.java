package io.jpar.processor.emit.gpu.opencl;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * The small OpenCL functions that give Java's semantics where C's differ, written into a kernel only when it
 * uses them: int and long {@code + - * << -x} wrap around (signed overflow is undefined in C, so they compute in
 * unsigned arithmetic and reinterpret the bits), Math.max/min propagate NaN and order -0.0 below 0.0 (fmax
 * does neither), Math.round and Math.signum.
 */
final class Helpers {

    private static final Map<String, String> SOURCES = new LinkedHashMap<>();

    static {
        for (String[] t : new String[][] {{"i", "int", "uint", "31"}, {"l", "long", "ulong", "63"}}) {
            String p = "jpar_" + t[0];
            String s = t[1];
            String u = t[2];
            SOURCES.put(p + "add", s + " " + p + "add(" + s + " a, " + s + " b) { return as_" + s + "((" + u + ") a + (" + u + ") b); }");
            SOURCES.put(p + "sub", s + " " + p + "sub(" + s + " a, " + s + " b) { return as_" + s + "((" + u + ") a - (" + u + ") b); }");
            SOURCES.put(p + "mul", s + " " + p + "mul(" + s + " a, " + s + " b) { return as_" + s + "((" + u + ") a * (" + u + ") b); }");
            SOURCES.put(p + "neg", s + " " + p + "neg(" + s + " a) { return as_" + s + "((" + u + ") 0 - (" + u + ") a); }");
            // Java's abs: the negation wraps, so abs(MIN_VALUE) is MIN_VALUE, a negative number
            SOURCES.put(p + "abs", s + " " + p + "abs(" + s + " a) { return a < 0 ? as_" + s + "((" + u + ") 0 - (" + u + ") a) : a; }");
            SOURCES.put(p + "shl", s + " " + p + "shl(" + s + " a, int n) { return as_" + s + "((" + u + ") a << (n & " + t[3] + ")); }");
            SOURCES.put(p + "ushr", s + " " + p + "ushr(" + s + " a, int n) { return as_" + s + "((" + u + ") a >> (n & " + t[3] + ")); }");
            // Java throws on a zero divisor: the kernel flags it (fault 1) and the runtime throws ArithmeticException
            SOURCES.put(p + "div", s + " " + p + "div(" + s + " a, " + s + " b, __global int* fault) { if (b == 0) { atomic_cmpxchg(fault, 0, 1);"
                    + " return 0; } return b == -1 ? " + p + "neg(a) : a / b; }");
            SOURCES.put(p + "rem", s + " " + p + "rem(" + s + " a, " + s + " b, __global int* fault) { if (b == 0) { atomic_cmpxchg(fault, 0, 1);"
                    + " return 0; } return b == -1 ? 0 : a % b; }");
        }
        // Java throws on an index out of bounds: the kernel flags it (fault 2, the index, the length) and reads element 0
        SOURCES.put("jpar_at", "int jpar_at(int i, int n, __global int* fault) { if ((uint) i < (uint) n) { return i; }"
                + " if (atomic_cmpxchg(fault, 0, 2) == 0) { fault[1] = i; fault[2] = n; } return 0; }");
        SOURCES.put("jpar_at2", "int jpar_at2(int i, int rows, int j, int cols, __global int* fault) { int r = jpar_at(i, rows, fault);"
                + " return r * cols + jpar_at(j, cols, fault); }");
        for (String t : new String[] {"float", "double"}) {
            String f = t.substring(0, 1);
            SOURCES.put("jpar_max" + f, t + " jpar_max" + f + "(" + t + " a, " + t + " b) { return isnan(a) || isnan(b) ? a + b"
                    + " : a == b ? (signbit(a) ? b : a) : (a > b ? a : b); }");
            SOURCES.put("jpar_min" + f, t + " jpar_min" + f + "(" + t + " a, " + t + " b) { return isnan(a) || isnan(b) ? a + b"
                    + " : a == b ? (signbit(a) ? a : b) : (a < b ? a : b); }");
            SOURCES.put("jpar_signum" + f, t + " jpar_signum" + f + "(" + t + " a) { return isnan(a) || a == 0 ? a : (a > 0 ? 1 : -1); }");
        }
        // Math.round is floor(x + 1/2) computed exactly: x - floor(x) is exact, x + 0.5 is not
        SOURCES.put("jpar_roundd", "long jpar_roundd(double a) { double f = floor(a); return convert_long_sat(a - f >= 0.5 ? f + 1 : f); }");
        SOURCES.put("jpar_roundf", "int jpar_roundf(float a) { float f = floor(a); return convert_int_sat(a - f >= 0.5f ? f + 1 : f); }");
    }

    private final TreeSet<String> used = new TreeSet<>();

    /** Marks a helper used and returns its name. */
    String use(String name) {
        if (!SOURCES.containsKey(name)) {
            throw new IllegalArgumentException("no helper " + name);
        }
        used.add(name);
        if (name.endsWith("div")) {
            used.add(name.substring(0, name.length() - 3) + "neg");
        }
        if (name.equals("jpar_at2")) {
            used.add("jpar_at");
        }
        return name;
    }

    /** Whether a used helper works on double (the kernel then needs cl_khr_fp64). */
    boolean usesDouble() {
        return used.stream().anyMatch(n -> SOURCES.get(n).contains("double"));
    }

    /** The definitions of the used helpers, one per line. */
    String definitions() {
        StringBuilder s = new StringBuilder();
        for (String n : SOURCES.keySet()) {
            if (used.contains(n)) {
                s.append(SOURCES.get(n)).append('\n');
            }
        }
        return s.toString();
    }
}
