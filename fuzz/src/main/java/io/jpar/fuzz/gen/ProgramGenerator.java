package io.jpar.fuzz.gen;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Generates random programs for the differential oracle, deterministically: program {@code k} of seed
 * {@code s} is always the same text. About one program in four is illegal on purpose (one method with one
 * planted {@link IllegalShape}); the others use only shapes that DESIGN.md accepts.
 *
 * <p>Each program has one to three {@code @Parallel} methods with the same parameter list, and an unannotated
 * {@code fuzzRun()} that builds seeded inputs, calls each method on its own inputs, and returns the outputs:
 * per method the written arrays, the histograms, the integral reductions, each floating reduction, then each field it reduces into. A method
 * that throws contributes only {@code exception.toString()} (what it wrote before is not specified).
 */
public final class ProgramGenerator implements Generator {

    /**
     * The class of the objects a loop creates per iteration (private by escape analysis), or shares (refused):
     * a constructor writing its own fields, a static factory and a method returning {@code this}.
     */
    static final String CELL = "static final class Cell { double v; int k; int r; Cell(double v) { this.v = v; } "
            + "static Cell of(double v) { return new Cell(v); } Cell add(double d) { v += d; k++; return this; } }";


    /**
     * Helpers that read one field of the Cell they are handed: jpar counts the reads through the parameter as reads of
     * the element handed, so {@code cellV(cs[i])} is legal where the loop writes {@code cs[i].v}, and {@code cellV(shared)}
     * or {@code cellV(cs[i + 1])} there is not (ELEMENT_CALLEE_READ).
     */
    static final String[] CELL_HELPERS = {
        "static double cellV(Cell c) { return c.v * 0.5 + 1; }",
        "static int cellK(Cell c) { return c.k * 3 + 1; }",
    };

    /**
     * Helpers that write through an array parameter, for owned-row calls ({@code rowAdd(g[i], g[2])}): jpar
     * accepts them when the written row is the iteration's own. {@code rowFill} writes only every other element,
     * {@code rowBump} returns a value; {@code rowThrough} writes a shared array it was not handed (illegal).
     */
    static final String[] ROW_HELPERS = {
        "static void rowAdd(int[] r, int[] src) { for (int c = 0; c < r.length; c++) { r[c] += src[c] ^ c; } }",
        "static void rowFill(int[] r, int v) { for (int c = 0; c < r.length; c += 2) { r[c] = v + c; } }",
        "static void rowAxpy(double t, double[] x, double[] y) { for (int c = 0; c < y.length; c++) { y[c] -= t * x[c]; } }",
        "static long rowBump(long[] r, long s) { long t = 0; for (int c = 0; c < r.length; c++) { r[c] = r[c] * 3 + s; t += r[c]; } return t; }",
        "static void rowThrough(int[] r, int[] other) { r = other; r[0] += 1; }",
    };

    /** Output slots per method before its floating reductions: wi, wd, c, g, flat, h, hd, ri. */
    private static final int FIXED_SLOTS = 8;
    /** Output slots of a method with cells, after its fields: the state (v, k of each element) of cs, ds and cg. */
    private static final int CELL_SLOTS = 3;

    private final long seed;
    private final String target;

    /** Programs for the CPU target (the annotations name no target). */
    public ProgramGenerator(long seed) {
        this(seed, null);
    }

    /**
     * @param target null for CPU, or {@code "CLUSTER"}: the same programs with {@code target = CLUSTER} on every
     *               annotation, and the statements the CLUSTER target refuses on top of CPU's rules recorded as
     *               expected refusals ({@link ClusterRefusals})
     */
    public ProgramGenerator(long seed, String target) {
        this.seed = seed;
        this.target = target;
    }

    @Override
    public Program generate(int index) {
        SplittableRandom random = target == null ? new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + 1)
                : Seeds.stream(seed, index, 0x3C6EF372FE94F82BL);
        String className = "Fuzz" + (seed < 0 ? "M" + -seed : Long.toString(seed)) + "x" + index;
        SourceLines out = new SourceLines();
        out.add(0, "import io.jpar.Parallel;");
        out.add(0, "import io.jpar.Schedule;");
        out.add(0, "");
        out.add(0, "public class " + className + " {");
        out.add(1, "static int fuzzField;");
        // fields the illegal field reductions update (the legal ones are each method's own)
        out.add(1, "static long fuzzTotal;");
        out.add(1, "static final class Tallies { static long total; }");
        out.add(1, "static int mix(int v) { return v * 31 + 7; }");
        out.add(1, "static double soft(double v) { return v * 0.5 + 1.25; }");
        out.add(1, "int scale = 3;");
        out.add(1, "int twice(int v) { return v * scale; }");
        out.add(1, "static int run(int v) { return v ^ 0x55; }");
        out.add(1, "static int merge(int v) { return v + 11; }");
        out.add(1, CELL);
        for (String helper : CELL_HELPERS) {
            out.add(1, helper);
        }
        for (String helper : ROW_HELPERS) {
            out.add(1, helper);
        }
        if ("CLUSTER".equals(target)) {
            out.add(1, ClusterRefusals.PEEK);
        }
        out.add(1, "static final int[] SMALL = {3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5};");
        out.add(1, "@Parallel");
        out.add(1, "static long inner(int[] v, int k) {");
        out.add(2, "long s = 0;");
        out.add(2, "for (int q = 0; q < v.length; q++) {");
        out.add(3, "s += v[q] * k;");
        out.add(2, "}");
        out.add(2, "return s;");
        out.add(1, "}");
        int methods = random.nextInt(1, 4);
        int illegalMethod = random.nextInt(4) == 0 ? random.nextInt(methods) : -1;
        IllegalShape[] shapes = IllegalShape.values();
        List<MethodGenerator.Generated> generated = new ArrayList<>();
        int[] ns = new int[methods];
        int[] ms = new int[methods];
        for (int k = 0; k < methods; k++) {
            ns[k] = size(random);
            ms[k] = random.nextInt(1, 7);
            out.add(0, "");
            IllegalShape shape = k == illegalMethod ? shapes[random.nextInt(shapes.length)] : null;
            generated.add(new MethodGenerator(random, out, "f" + k, ns[k], ms[k], shape, target).generate());
        }
        Map<Integer, Tolerance> tolerances = new HashMap<>();
        int slots = 0;
        for (MethodGenerator.Generated g : generated) {
            slots += FIXED_SLOTS + g.floatingOutputs().size() + g.fields().size() + (g.cells() ? CELL_SLOTS : 0);
        }
        out.add(0, "");
        out.add(1, "public static Object[] " + Program.RUN_METHOD + "() {");
        out.add(2, "Object[] out = new Object[" + slots + "];");
        int base = 0;
        for (int k = 0; k < methods; k++) {
            MethodGenerator.Generated g = generated.get(k);
            boolean twice = harnessCall(out, random, className, k, ns[k], ms[k], g, base);
            if (g.histogramTolerance() != null) {
                // called twice, the histogram sums twice the terms: the bound, quadratic in them, grows four times
                tolerances.put(base + 6, twice ? g.histogramTolerance().times(4) : g.histogramTolerance());
            }
            for (int f = 0; f < g.floatingOutputs().size(); f++) {
                if (g.floatingOutputs().get(f) != null) {
                    tolerances.put(base + FIXED_SLOTS + f, g.floatingOutputs().get(f));
                }
            }
            for (int f = 0; f < g.fields().size(); f++) {
                Tolerance t = g.fields().get(f).tolerance();
                if (t != null) {
                    // called twice, the field takes twice the terms: four times the bound covers a sum's and a product's
                    tolerances.put(base + FIXED_SLOTS + g.floatingOutputs().size() + f, twice ? t.times(4) : t);
                }
            }
            base += FIXED_SLOTS + g.floatingOutputs().size() + g.fields().size() + (g.cells() ? CELL_SLOTS : 0);
        }
        out.add(2, "return out;");
        out.add(1, "}");
        inputHelpers(out);
        out.add(0, "}");
        Expectation expectation = Expectation.accept();
        if (illegalMethod >= 0) {
            MethodGenerator.Generated bad = generated.get(illegalMethod);
            Set<Integer> lines = new TreeSet<>(bad.offendingLines());
            expectation = Expectation.refuse(lines, bad.illegalReason());
        }
        if ("CLUSTER".equals(target)) {
            expectation = ClusterRefusals.expect(out.lines(), expectation);
        }
        return new Program("seed " + seed + " #" + index, className, out.lines(), expectation, tolerances);
    }

    /** Trip counts: empty and one-trip loops, small ones, and some big enough to be worth splitting. */
    private static int size(SplittableRandom random) {
        int bucket = random.nextInt(20);
        if (bucket == 0) {
            return 0;
        }
        if (bucket == 1) {
            return 1;
        }
        if (bucket < 9) {
            return random.nextInt(2, 41);
        }
        if (bucket < 17) {
            return random.nextInt(41, 400);
        }
        return random.nextInt(400, 6000);
    }

    /** Writes the call of method {@code k} and the stores of its outputs; true when it calls the method twice. */
    private static boolean harnessCall(SourceLines out, SplittableRandom random, String className, int k, int n, int m, MethodGenerator.Generated g, int base) {
        String s = Integer.toString(k);
        out.add(2, "java.util.SplittableRandom r" + s + " = new java.util.SplittableRandom(" + random.nextLong(1, 1L << 40) + "L);");
        out.add(2, "int n" + s + " = " + n + ";");
        out.add(2, "int m" + s + " = " + m + ";");
        out.add(2, "int[] a" + s + " = ints(r" + s + ", n" + s + " + 8);");
        out.add(2, "int[] b" + s + " = ints(r" + s + ", n" + s + " + 8);");
        out.add(2, "double[] x" + s + " = reals(r" + s + ", n" + s + " + 8);");
        out.add(2, "double[] y" + s + " = reals(r" + s + ", n" + s + " + 8);");
        out.add(2, "float[] fl" + s + " = floats(r" + s + ", n" + s + " + 8);");
        out.add(2, "long[] la" + s + " = longs(r" + s + ", n" + s + " + 8);");
        // sometimes the written array is the same object as a read one: jpar's run-time alias check must notice
        boolean alias = random.nextInt(10) == 0;
        out.add(2, "int[] wi" + s + " = " + (alias ? "a" + s : "ints(r" + s + ", n" + s + " + 8)") + ";");
        out.add(2, "double[] wd" + s + " = reals(r" + s + ", n" + s + " + 8);");
        out.add(2, "int[] c" + s + " = ints(r" + s + ", n" + s + " + 8);");
        out.add(2, "int[][] g" + s + " = new int[n" + s + " + 8][m" + s + "];");
        out.add(2, "double[] flat" + s + " = new double[(n" + s + " + 8) * m" + s + "];");
        out.add(2, "int[] h" + s + " = new int[16];");
        out.add(2, "double[] hd" + s + " = new double[16];");
        out.add(2, "double[] rf" + s + " = new double[" + g.floatingOutputs().size() + "];");
        out.add(2, "long[] ri" + s + " = new long[" + g.integralOutputs() + "];");
        if (g.cells()) {
            cellInputs(out, random, s, n, m);
        }
        String receiver = "o" + s;
        if (g.instance()) {
            out.add(2, className + " " + receiver + " = new " + className + "();");
        }
        // statics keep what an earlier run left: both versions start the fields from the same values
        for (MethodGenerator.FieldOutput f : g.fields()) {
            out.add(2, fieldReference(f, receiver) + " = " + f.initial() + ";");
        }
        out.add(2, "try {");
        String call = (g.instance() ? receiver + "." : "") + g.name() + "(n" + s + ", m" + s + ", a" + s + ", b" + s + ", x" + s
                + ", y" + s + ", fl" + s + ", la" + s + ", wi" + s + ", wd" + s + ", c" + s + ", g" + s + ", flat" + s + ", h" + s + ", hd" + s
                + ", rf" + s + ", ri" + s + (g.cells() ? ", cs" + s + ", ds" + s + ", cg" + s : "") + ");";
        out.add(3, call);
        boolean twice = random.nextInt(4) == 0;
        if (twice) {
            // a second call of the same loop sites: the runtime may now run small loops inline
            out.add(3, call);
        }
        String[] arrays = {"wi", "wd", "c", "g", "flat", "h", "hd", "ri"};
        for (int slot = 0; slot < arrays.length; slot++) {
            out.add(3, "out[" + (base + slot) + "] = " + arrays[slot] + s + ";");
        }
        for (int f = 0; f < g.floatingOutputs().size(); f++) {
            out.add(3, "out[" + (base + FIXED_SLOTS + f) + "] = rf" + s + "[" + f + "];");
        }
        for (int f = 0; f < g.fields().size(); f++) {
            out.add(3, "out[" + (base + FIXED_SLOTS + g.floatingOutputs().size() + f) + "] = " + fieldReference(g.fields().get(f), receiver) + ";");
        }
        if (g.cells()) {
            int at = base + FIXED_SLOTS + g.floatingOutputs().size() + g.fields().size();
            out.add(3, "out[" + at + "] = cellState(cs" + s + ");");
            out.add(3, "out[" + (at + 1) + "] = cellState(ds" + s + ");");
            out.add(3, "out[" + (at + 2) + "] = gridState(cg" + s + ");");
        }
        out.add(2, "} catch (RuntimeException e) {");
        out.add(3, "out[" + base + "] = e.toString();");
        out.add(2, "}");
        return twice;
    }

    /**
     * The Cell arrays of a method with cells: {@code cs} and {@code ds} with n + 8 elements, {@code cg} with n + 8 rows
     * of m. Sometimes two elements of cs are one object ({@code cs0[3] = cs0[5];}), ds holds an element of cs, two rows
     * or two elements of cg are one: jpar's run-time check must find it and run the loop sequentially. Sometimes an
     * array gets a null element (or row) at its end, which no loop reaches.
     */
    private static void cellInputs(SourceLines out, SplittableRandom random, String s, int n, int m) {
        out.add(2, "Cell[] cs" + s + " = cells(r" + s + ", n" + s + " + 8);");
        out.add(2, "Cell[] ds" + s + " = cells(r" + s + ", n" + s + " + 8);");
        out.add(2, "Cell[][] cg" + s + " = cellRows(r" + s + ", n" + s + " + 8, m" + s + ");");
        int length = n + 8;
        if (random.nextInt(4) == 0) {
            int p = random.nextInt(length);
            out.add(2, "cs" + s + "[" + p + "] = cs" + s + "[" + (p + random.nextInt(1, length)) % length + "];");
        }
        if (random.nextInt(6) == 0) {
            out.add(2, "ds" + s + "[" + random.nextInt(length) + "] = cs" + s + "[" + random.nextInt(length) + "];");
        }
        if (random.nextInt(6) == 0) {
            int p = random.nextInt(length);
            int q = (p + random.nextInt(1, length)) % length;
            out.add(2, random.nextBoolean() ? "cg" + s + "[" + p + "] = cg" + s + "[" + q + "];"
                    : "cg" + s + "[" + p + "][" + random.nextInt(m) + "] = cg" + s + "[" + q + "][" + random.nextInt(m) + "];");
        }
        if (random.nextInt(6) == 0) {
            out.add(2, "cs" + s + " = java.util.Arrays.copyOf(cs" + s + ", n" + s + " + 9);");
        }
        if (random.nextInt(8) == 0) {
            out.add(2, "ds" + s + " = java.util.Arrays.copyOf(ds" + s + ", n" + s + " + 9);");
        }
        if (random.nextInt(8) == 0) {
            out.add(2, "cg" + s + " = java.util.Arrays.copyOf(cg" + s + ", n" + s + " + 9);");
        }
    }

    private static String fieldReference(MethodGenerator.FieldOutput f, String receiver) {
        return f.owner() == null ? f.name() : (f.owner().equals("this") ? receiver : f.owner()) + "." + f.name();
    }

    private static void inputHelpers(SourceLines out) {
        out.add(0, "");
        out.add(1, "static int[] ints(java.util.SplittableRandom r, int length) {");
        out.add(2, "int[] v = new int[length];");
        out.add(2, "for (int k = 0; k < length; k++) {");
        out.add(3, "v[k] = r.nextInt(-50, 51);");
        out.add(2, "}");
        out.add(2, "return v;");
        out.add(1, "}");
        out.add(1, "static double[] reals(java.util.SplittableRandom r, int length) {");
        out.add(2, "double[] v = new double[length];");
        out.add(2, "for (int k = 0; k < length; k++) {");
        out.add(3, "v[k] = r.nextDouble(-4, 4);");
        out.add(2, "}");
        out.add(2, "return v;");
        out.add(1, "}");
        out.add(1, "static float[] floats(java.util.SplittableRandom r, int length) {");
        out.add(2, "float[] v = new float[length];");
        out.add(2, "for (int k = 0; k < length; k++) {");
        out.add(3, "v[k] = (float) r.nextDouble(-4, 4);");
        out.add(2, "}");
        out.add(2, "return v;");
        out.add(1, "}");
        out.add(1, "static Cell[] cells(java.util.SplittableRandom r, int length) {");
        out.add(2, "Cell[] v = new Cell[length];");
        out.add(2, "for (int k = 0; k < length; k++) {");
        out.add(3, "v[k] = new Cell(r.nextDouble(-4, 4));");
        out.add(3, "v[k].k = r.nextInt(-50, 51);");
        out.add(3, "v[k].r = r.nextInt(-50, 51);");
        out.add(2, "}");
        out.add(2, "return v;");
        out.add(1, "}");
        out.add(1, "static Cell[][] cellRows(java.util.SplittableRandom r, int rows, int m) {");
        out.add(2, "Cell[][] v = new Cell[rows][];");
        out.add(2, "for (int k = 0; k < rows; k++) {");
        out.add(3, "v[k] = cells(r, m);");
        out.add(2, "}");
        out.add(2, "return v;");
        out.add(1, "}");
        // what the oracle compares: v, k and r of each element in order (NaN for a null one), the rows one after the other
        out.add(1, "static double[] cellState(Cell[] cs) {");
        out.add(2, "double[] s = new double[3 * cs.length];");
        out.add(2, "for (int k = 0; k < cs.length; k++) {");
        out.add(3, "s[3 * k] = cs[k] == null ? Double.NaN : cs[k].v;");
        out.add(3, "s[3 * k + 1] = cs[k] == null ? Double.NaN : cs[k].k;");
        out.add(3, "s[3 * k + 2] = cs[k] == null ? Double.NaN : cs[k].r;");
        out.add(2, "}");
        out.add(2, "return s;");
        out.add(1, "}");
        out.add(1, "static double[][] gridState(Cell[][] cg) {");
        out.add(2, "double[][] s = new double[cg.length][];");
        out.add(2, "for (int k = 0; k < cg.length; k++) {");
        out.add(3, "s[k] = cg[k] == null ? null : cellState(cg[k]);");
        out.add(2, "}");
        out.add(2, "return s;");
        out.add(1, "}");
        out.add(1, "static long[] longs(java.util.SplittableRandom r, int length) {");
        out.add(2, "long[] v = new long[length];");
        out.add(2, "for (int k = 0; k < length; k++) {");
        out.add(3, "v[k] = r.nextLong(-1000000, 1000001);");
        out.add(2, "}");
        out.add(2, "return v;");
        out.add(1, "}");
    }
}
