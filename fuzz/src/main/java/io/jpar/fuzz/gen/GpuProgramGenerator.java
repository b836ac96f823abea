package io.jpar.fuzz.gen;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Generates programs for the GPU target, deterministically: one or two {@code @Parallel(target = GPU)} methods
 * within the subset the processor translates to OpenCL C ({@link GpuMethodGenerator}), static helpers and
 * constants, and the unannotated {@code fuzzRun()} harness that builds seeded inputs (small and full-range
 * integers, reals, floats, bytes, chars, shorts, longs), calls each method, and returns its outputs: the written
 * arrays, the 2-D array, the histogram, the integral reductions, then each floating reduction. About one program
 * in four plants one {@link GpuIllegal} statement, which must be refused at build time on its line.
 */
public final class GpuProgramGenerator implements Generator {

    /** Output slots per method before its floating reductions: wi, wl, wd, wf, wt, wb, wc, ws, g, h, ri, wv. */
    private static final int FIXED_SLOTS = 12;
    /** The slot of {@code wt}, the array written with Math functions that OpenCL computes within a few ulp. */
    private static final int INEXACT_SLOT = 4;

    private final long seed;

    public GpuProgramGenerator(long seed) {
        this.seed = seed;
    }

    @Override
    public Program generate(int index) {
        SplittableRandom random = Seeds.stream(seed, index, 0x6A09E667F3BCC909L);
        String className = "FuzzGpu" + (seed < 0 ? "M" + -seed : Long.toString(seed)) + "x" + index;
        SourceLines out = new SourceLines();
        out.add(0, "import io.jpar.Parallel;");
        out.add(0, "");
        out.add(0, "public class " + className + " {");
        out.add(1, "static final int K1 = " + random.nextInt(2, 12) + ";");
        out.add(1, "static final double SCALE = 0.75;");
        out.add(1, "static final long BIG = 1L << 40;");
        // fields that only the planted field reductions update: a kernel cannot reduce into them
        out.add(1, "static long gtotal;");
        out.add(1, "static final class GpuTally { static int hits; }");
        out.add(1, "static int hmix(int v) { return v * 31 + 7; }");
        out.add(1, "static int hnest(int v) { return hmix(v) ^ (v >>> 3); }");
        out.add(1, "static double hsoft(double v) { return v * 0.5 + 1.25; }");
        out.add(1, "static long hlong(long v, int s) { return (v << s) ^ (v >> 3); }");
        out.add(1, "static int hpoly(int v) {");
        out.add(2, "int r = 0;");
        out.add(2, "for (int k = 0; k < 3; k++) {");
        out.add(3, "r = r * 5 + v;");
        out.add(2, "}");
        out.add(2, "return r;");
        out.add(1, "}");
        out.add(1, "static void hrow(int[] r, int v) { for (int k = 0; k < r.length; k++) { r[k] += v + k; } }");
        out.add(1, "static int hrowsum(int[] r) { int t = 0; for (int k = 0; k < r.length; k++) { t += r[k]; } return t; }");
        int recursive = out.add(1, "static int hrec(int v) { return v <= 0 ? 0 : hrec(v - 1) + 1; }");
        // objects for the planted ELEMENT_FIELD and OBJECT_CREATED: what CPU accepts and a kernel cannot hold
        out.add(1, "static final class Cell { double v; int k; Cell(double v) { this.v = v; } }");
        out.add(1, "static class GBase { int w; int z = 5; { w = 2; } GBase() { this.w += 3; } int sum() { return w + z; } }");
        out.add(1, "static final class GKid extends GBase { int d; GKid(int d) { this.d = d + z; } @Override int sum() { return super.sum() + d; } }");
        int methods = random.nextInt(1, 3);
        int illegalMethod = random.nextInt(4) == 0 ? random.nextInt(methods) : -1;
        GpuIllegal[] shapes = GpuIllegal.values();
        List<GpuMethodGenerator.Generated> generated = new ArrayList<>();
        int[] ns = new int[methods];
        int[] ms = new int[methods];
        for (int k = 0; k < methods; k++) {
            ns[k] = size(random);
            ms[k] = random.nextInt(1, 6);
            out.add(0, "");
            GpuIllegal shape = k == illegalMethod ? shapes[random.nextInt(shapes.length)] : null;
            generated.add(new GpuMethodGenerator(random, out, "f" + k, ns[k], ms[k], shape).generate());
        }
        Map<Integer, Tolerance> tolerances = new HashMap<>();
        int slots = 0;
        for (GpuMethodGenerator.Generated g : generated) {
            slots += FIXED_SLOTS + g.floatingOutputs().size();
        }
        out.add(0, "");
        out.add(1, "public static Object[] " + Program.RUN_METHOD + "() {");
        out.add(2, "Object[] out = new Object[" + slots + "];");
        int base = 0;
        for (int k = 0; k < methods; k++) {
            GpuMethodGenerator.Generated g = generated.get(k);
            harnessCall(out, random, k, ns[k], ms[k], g, base);
            if (g.inexactTolerance() != null) {
                tolerances.put(base + INEXACT_SLOT, g.inexactTolerance());
            }
            for (int f = 0; f < g.floatingOutputs().size(); f++) {
                if (g.floatingOutputs().get(f) != null) {
                    tolerances.put(base + FIXED_SLOTS + f, g.floatingOutputs().get(f));
                }
            }
            base += FIXED_SLOTS + g.floatingOutputs().size();
        }
        out.add(2, "return out;");
        out.add(1, "}");
        inputHelpers(out);
        out.add(0, "}");
        Expectation expectation = Expectation.accept();
        if (illegalMethod >= 0) {
            GpuMethodGenerator.Generated bad = generated.get(illegalMethod);
            TreeSet<Integer> lines = new TreeSet<>(bad.offendingLines());
            if (bad.illegalReason().equals(GpuIllegal.RECURSION.reason)) {
                lines.add(recursive);  // the call, or the helper's recursive call: either line names the fault
            }
            // a construct only the GPU refuses must be refused as such; a loop-carried dependence for CPU's reason
            expectation = bad.illegalReason().equals(GpuIllegal.LOOP_CARRIED.reason) ? Expectation.refuse(lines, bad.illegalReason())
                    : Expectation.refuse(lines, bad.illegalReason(), "GPU|OpenCL");
        }
        return new Program("gpu seed " + seed + " #" + index, className, out.lines(), expectation, tolerances);
    }

    /** Trip counts: empty and one-trip loops, small ones, and some with many work-groups. */
    private static int size(SplittableRandom random) {
        int bucket = random.nextInt(20);
        if (bucket == 0) {
            return 0;
        }
        if (bucket == 1) {
            return 1;
        }
        if (bucket < 10) {
            return random.nextInt(2, 64);
        }
        if (bucket < 18) {
            return random.nextInt(64, 700);
        }
        return random.nextInt(700, 5000);
    }

    private static void harnessCall(SourceLines out, SplittableRandom random, int k, int n, int m, GpuMethodGenerator.Generated g, int base) {
        String s = Integer.toString(k);
        out.add(2, "java.util.SplittableRandom r" + s + " = new java.util.SplittableRandom(" + random.nextLong(1, 1L << 40) + "L);");
        out.add(2, "int n" + s + " = " + n + ";");
        out.add(2, "int m" + s + " = " + m + ";");
        String len = "n" + s + " + 8";
        String[][] arrays = {
            {"int[]", "a", "ints(r" + s + ", " + len + ", 50)"}, {"int[]", "b", "ints(r" + s + ", " + len + ", 50)"},
            {"int[]", "c", "ints(r" + s + ", " + len + ", Integer.MAX_VALUE)"}, {"double[]", "x", "reals(r" + s + ", " + len + ")"},
            {"double[]", "y", "reals(r" + s + ", " + len + ")"}, {"float[]", "fl", "floats(r" + s + ", " + len + ")"},
            {"long[]", "la", "longs(r" + s + ", " + len + ")"}, {"byte[]", "by", "bytes(r" + s + ", " + len + ")"},
            {"char[]", "ch", "chars(r" + s + ", " + len + ")"}, {"short[]", "sh", "shorts(r" + s + ", " + len + ")"},
            {"int[]", "wi", "ints(r" + s + ", " + len + ", 50)"}, {"long[]", "wl", "longs(r" + s + ", " + len + ")"},
            {"double[]", "wd", "reals(r" + s + ", " + len + ")"}, {"float[]", "wf", "floats(r" + s + ", " + len + ")"},
            {"double[]", "wt", "reals(r" + s + ", " + len + ")"}, {"byte[]", "wb", "bytes(r" + s + ", " + len + ")"},
            {"char[]", "wc", "chars(r" + s + ", " + len + ")"}, {"short[]", "ws", "shorts(r" + s + ", " + len + ")"},
            {"int[][]", "g", "new int[" + len + "][m" + s + "]"}, {"int[]", "h", "new int[8]"},
            {"double[]", "rf", "new double[" + g.floatingOutputs().size() + "]"}, {"long[]", "ri", "new long[" + g.integralOutputs() + "]"},
            {"long[]", "wv", "longs(r" + s + ", 3 * (" + len + "))"}, {"Cell[]", "cs", "cells(r" + s + ", " + len + ")"},
        };
        StringBuilder call = new StringBuilder(g.name() + "(n" + s + ", m" + s);
        for (String[] a : arrays) {
            out.add(2, a[0] + " " + a[1] + s + " = " + a[2] + ";");
            call.append(", ").append(a[1]).append(s);
        }
        out.add(2, "try {");
        out.add(3, call + ");");
        String[] outputs = {"wi", "wl", "wd", "wf", "wt", "wb", "wc", "ws", "g", "h", "ri", "wv"};
        for (int slot = 0; slot < outputs.length; slot++) {
            out.add(3, "out[" + (base + slot) + "] = " + outputs[slot] + s + ";");
        }
        for (int f = 0; f < g.floatingOutputs().size(); f++) {
            out.add(3, "out[" + (base + FIXED_SLOTS + f) + "] = rf" + s + "[" + f + "];");
        }
        out.add(2, "} catch (RuntimeException e) {");
        out.add(3, "out[" + base + "] = e.toString();");
        out.add(2, "}");
    }

    private static void inputHelpers(SourceLines out) {
        String[][] helpers = {
            {"int[]", "ints", "int bound", "r.nextInt(-bound, bound) + (r.nextInt(9) == 0 ? bound : 0)", "int"},
            {"double[]", "reals", "", "r.nextDouble(-4, 4)", "double"},
            {"float[]", "floats", "", "(float) r.nextDouble(-4, 4)", "float"},
            {"long[]", "longs", "", "r.nextInt(3) == 0 ? r.nextLong() : r.nextLong(-1000000, 1000001)", "long"},
            {"byte[]", "bytes", "", "(byte) r.nextInt(-128, 128)", "byte"},
            {"char[]", "chars", "", "(char) r.nextInt(0, 65536)", "char"},
            {"short[]", "shorts", "", "(short) r.nextInt(-32768, 32768)", "short"},
        };
        out.add(0, "");
        for (String[] h : helpers) {
            out.add(1, "static " + h[0] + " " + h[1] + "(java.util.SplittableRandom r, int length" + (h[2].isEmpty() ? "" : ", " + h[2]) + ") {");
            out.add(2, h[0] + " v = new " + h[4] + "[length];");
            out.add(2, "for (int k = 0; k < length; k++) {");
            out.add(3, "v[k] = " + h[3] + ";");
            out.add(2, "}");
            out.add(2, "return v;");
            out.add(1, "}");
        }
        out.add(1, "static Cell[] cells(java.util.SplittableRandom r, int length) {");
        out.add(2, "Cell[] v = new Cell[length];");
        out.add(2, "for (int k = 0; k < length; k++) {");
        out.add(3, "v[k] = new Cell(r.nextDouble(-4, 4));");
        out.add(2, "}");
        out.add(2, "return v;");
        out.add(1, "}");
    }
}
