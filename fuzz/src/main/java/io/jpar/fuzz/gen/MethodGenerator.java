package io.jpar.fuzz.gen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Writes one {@code @Parallel} method into a program: its loop(s), a random body within the accepted subset,
 * its reductions stored into the {@code ri}/{@code rf} outputs, and (for an illegal method) one planted
 * illegal statement whose line it records.
 *
 * <p>Every index stays in bounds by construction: the outer index runs within [4, n + 3] and the 1-D arrays
 * have n + 8 elements, so {@code a[i + c]} and {@code a[i - c]} with c in 1..4 are valid.
 */
final class MethodGenerator {

    /** The parameters every generated method has, in order; the harness passes the same list. */
    static final String PARAMETERS = "int n, int m, int[] a, int[] b, double[] x, double[] y, float[] fl, long[] la, int[] wi, "
            + "double[] wd, int[] c, int[][] g, double[] flat, int[] h, double[] hd, double[] rf, long[] ri";

    /**
     * The parameters a method that writes fields of array elements has besides {@link #PARAMETERS}: {@code cs} (its
     * elements' fields written at one index form), {@code ds} (only read, at any index: it may share elements with
     * {@code cs}, which jpar's run-time check finds) and {@code cg} (fields written at {@code [i][j]}).
     */
    static final String CELL_PARAMETERS = ", Cell[] cs, Cell[] ds, Cell[][] cg";

    /** What the harness needs to know about a generated method. */
    record Generated(String name, boolean instance, int integralOutputs, List<Tolerance> floatingOutputs, Tolerance histogramTolerance,
            List<FieldOutput> fields, Set<Integer> offendingLines, String illegalReason, boolean cells) {
    }

    /**
     * A field the loop reduces into, which the harness resets to {@code initial} before the call and compares after it.
     *
     * @param owner     null for a static of the program's class, {@code this} for an instance field, else the nested class
     * @param tolerance null when the result is exact
     */
    record FieldOutput(String owner, String name, String initial, Tolerance tolerance) {
    }

    /** A field reduction of this method; its {@link Reduction#name} is the field's simple name. */
    private record Field(Reduction reduction, String owner) {
    }

    private enum LoopKind { INT_UP, INT_DOWN, LONG, COLLAPSE, EXTREME }

    private final SplittableRandom random;
    private final SourceLines out;
    private final ExpressionGenerator expr;
    private final String name;
    private final int n;
    private final int m;
    private final IllegalShape illegal;
    /** Non-null: every annotation names this target ({@code io.jpar.Target.CLUSTER}); null: the default (CPU). */
    private final String target;
    private final List<Reduction> reductions = new ArrayList<>();
    private final List<Field> fields = new ArrayList<>();
    private final Set<Integer> offending = new TreeSet<>();
    private final Map<String, String> writeForms = new LinkedHashMap<>();
    private long histogramUpdates;
    private double histogramTerm;
    private int locals;
    private boolean illegalPlanted;
    private Long throwAt;
    private int loopStep = 1;
    private boolean throwPlanted;
    private long outerTrips = 1;
    /**
     * True when the method makes {@code Cell tmp = new Cell(..)} before the loop and every use of it in an iteration
     * reads only fields the iteration wrote first: a scratch object, which jpar gives each CPU thread a copy of. Not in
     * methods with cells: jpar refuses a read of {@code tmp.v} there as a read of an object that may be an element.
     */
    private boolean scratch;
    /** The method's C-style object local ({@code Cell po;} before the loop), or null. */
    private String privateObject;
    private List<String> captured = List.of();
    private boolean instance;
    private String label;
    /** A local declared before the loop that the iteration assigns first (private); null when none. */
    private String privateLocal;
    /** Non-null: the int loop makes owned-row calls, on g and on these local 2-D arrays (observed after the loop). */
    private List<String> rowArrays;
    /** Rows no iteration owns, which every call may read: below the loop's start, or above it when it ends at n + 4. */
    private final List<String> sharedRows = new ArrayList<>();
    /** True when the method takes {@link #CELL_PARAMETERS} and its loop writes fields of array elements. */
    private boolean cells;
    /** The 1-D array whose elements' fields the loop writes: the parameter {@code cs} or the local {@code lc}; null when none. */
    private String cellArray;
    /** The one index form at which the loop writes {@link #cellArray}'s elements; null when it writes none (collapse). */
    private String cellForm;
    /** The fields ({@code v}, {@code k}) of {@link #cellArray}'s elements the loop may write: read elsewhere only at {@link #cellForm}. */
    private final Set<String> cellWritten = new TreeSet<>();
    /** The fields of {@code cg}'s elements the loop may write (at {@code [i][j]}): read elsewhere only there. */
    private final Set<String> gridWritten = new TreeSet<>();
    /**
     * The operator family of the loop's updates of field {@code r} of {@link #cellArray}'s elements at any index
     * ({@code cs[i % 3].r += e}): {@code +} for {@code += -= ++ --}, or {@code ^ | & *}; null when it has none. Nothing
     * in a loop reads r, so jpar reduces them (per-element partials); they are exact in int arithmetic.
     */
    private String elementOp;
    /** True for a {@code collapse = 2} loop: an iteration is one (i, j), so it owns {@code cg[i][j]} and no element of a 1-D array. */
    private boolean collapsed;
    /** The classes of the method's hierarchy ({@code Kid0 extends [Mid0 extends] Base0}); null when it has none. */
    private String kid;
    private String base;
    /** The lines that create a {@link #kid}: all offending when its constructor chain has an effect. */
    private final List<Integer> kidLines = new ArrayList<>();
    /**
     * The inner bound of the counter nest ({@code int kc = K0;} before the loop, {@code ko[kc++] = e} once per inner
     * iteration, first in the body so that no continue skips it; CPU only): a derived induction variable jpar turns into
     * a closed form; {@code ""} for one increment per outer iteration; null when the method has none.
     */
    private String counterBound;
    /**
     * The helper {@code countUp0(v)} that only updates the field {@code f0h} with one operator (a reduction through a
     * call, CPU only), called in the loop and the field read nowhere else in it; null when the method has none.
     */
    private String helper;
    /** The helper's field, compared after the call like a field reduction. */
    private final List<FieldOutput> helperFields = new ArrayList<>();
    /** The object ELEMENT_OTHER_PATH reads field v of: the illegal method's {@code shared}, or {@code sh = ds[2]}. */
    private String otherPath = "shared";

    /** Names that the generated chunk class uses for its own members and parameters: a user may pick them too. */
    private static final String[] INDEX_NAMES = {"k", "idx", "to", "from", "later", "site"};
    private static final String[] REDUCTION_NAMES = {"later", "from", "to", "result", "chunk", "site", "lo", "hi", "SITE", "run", "fresh", "merge"};

    MethodGenerator(SplittableRandom random, SourceLines out, String name, int n, int m, IllegalShape illegal, String target) {
        this.random = random;
        this.target = target;
        this.out = out;
        this.name = name;
        this.n = n;
        this.m = m;
        this.illegal = illegal;
        this.expr = new ExpressionGenerator(random, n);
        this.expr.cluster = "CLUSTER".equals(target);
    }

    Generated generate() {
        LoopKind kind = illegal != null ? (random.nextBoolean() ? LoopKind.INT_UP : LoopKind.INT_DOWN) : switch (random.nextInt(10)) {
            case 0, 1, 2, 3 -> LoopKind.INT_UP;
            case 4, 5 -> LoopKind.INT_DOWN;
            case 6 -> LoopKind.LONG;
            case 7 -> random.nextBoolean() ? LoopKind.EXTREME : LoopKind.INT_UP;
            default -> random.nextInt(3) == 0 ? LoopKind.COLLAPSE : LoopKind.INT_UP;
        };
        // fields of array elements: about one method in 11 (in 18 on CLUSTER, which refuses every such write), and
        // every method with a planted ELEMENT_ shape; int loops and collapse = 2 only (a long index does not index arrays)
        boolean elementShape = illegal != null && illegal.name().startsWith("ELEMENT_");
        cells = elementShape || random.nextInt("CLUSTER".equals(target) ? 18 : 11) == 0;
        if (cells && (kind == LoopKind.LONG || kind == LoopKind.EXTREME)) {
            kind = LoopKind.INT_UP;
        }
        collapsed = kind == LoopKind.COLLAPSE;
        boolean local = false;
        if (cells) {
            // a local array the method fills with new Cells (distinct without a run-time check); the loop that fills
            // it is a second loop, so the main one is marked: a refusal of it must fail the build, not leave it sequential
            local = illegal == null && !collapsed && random.nextInt(3) == 0;
            cellArray = local ? "lc" : "cs";
            cellForm = collapsed ? null : elementShape ? "i" : offsetForm();
            cellWritten.addAll(fieldSubset());
            // often the same fields in both: then a callee may read the other one (cellK with v written, cellV with k)
            gridWritten.addAll(random.nextBoolean() ? cellWritten : fieldSubset());
            if (elementShape) {
                cellWritten.add("v");
            }
            if (random.nextInt(3) == 0) {
                elementOp = expr.pickText("+", "+", "+", "^", "|", "&", "*");
            }
        }
        boolean marked = kind != LoopKind.COLLAPSE && (local || random.nextInt(5) == 0);
        instance = random.nextInt(4) == 0;
        expr.instance = instance;
        if (random.nextInt(12) == 0) {
            declareFields();
        }
        if (illegal == IllegalShape.HELPER_FIELD_READ || illegal == null && target == null && random.nextInt(10) == 0) {
            declareHelper();
        }
        if (illegal == IllegalShape.SUPER_CONSTRUCTOR_EFFECT || random.nextInt(9) == 0) {
            declareHierarchy(illegal == IllegalShape.SUPER_CONSTRUCTOR_EFFECT);
        }
        int firstLine = out.lines().size();
        out.add(1, methodAnnotation(kind, marked));
        out.add(1, (instance ? "" : "static ") + "void " + name + "(" + PARAMETERS + (cells ? CELL_PARAMETERS : "") + ") {");
        int reductionCount = random.nextInt(0, 5);
        for (int k = 0; k < reductionCount; k++) {
            declareReduction(k);
        }
        if (random.nextInt(3) == 0) {
            // read in the body but not effectively final: jpar must copy it into the chunk class
            out.add(2, "int off = n % 5;");
            out.add(2, "off += " + random.nextInt(1, 4) + ";");
            captured = List.of("off");
        }
        if (illegal != null) {
            out.add(2, "int last = 0;");
            out.add(2, "long acc = 0;");
            out.add(2, "Cell shared = new Cell(1);");
            out.add(2, "java.util.ArrayList<Integer> seen = new java.util.ArrayList<>();");
            if (illegal == IllegalShape.COUNTER_CONDITIONAL) {
                out.add(2, "int kc = 1;");
                out.add(2, "int[] ko = new int[n + 9];");
            }
            if (illegal == IllegalShape.ELEMENT_OTHER_PATH && random.nextBoolean()) {
                // a local naming an element of the read array: another path to the written field, as shared is
                out.add(2, "Cell sh = ds[2];");
                otherPath = "sh";
            }
        }
        if (local) {
            out.add(2, "Cell[] lc = new Cell[n + 8];");
            out.add(2, "for (int p = 0; p < n + 8; p++) {");
            out.add(3, random.nextInt(4) == 0 ? "lc[p] = Cell.of(x[p] * 0.5);" : "lc[p] = new Cell(" + expr.pickText("x[p]", "a[p] * 0.25", "p + 0.5") + ");");
            if (random.nextBoolean()) {
                out.add(3, "lc[p].k = b[p];");
            }
            out.add(2, "}");
        }
        if (random.nextInt(3) == 0) {
            // C style: an object local declared at the top, created anew by every iteration that uses it
            privateObject = "po";
            out.add(2, "Cell po;");
        }
        if (!cells && random.nextInt("CLUSTER".equals(target) ? 20 : 8) == 0) {
            // made with what a thread can evaluate again: literals and parameters the method does not assign (CLUSTER
            // refuses it: rarer there, so that most CLUSTER programs still run)
            scratch = true;
            out.add(2, "Cell tmp = new Cell(" + expr.pickText("0", "0.5", "n", "-2") + ");");
        }
        boolean lastValue = false;
        if (random.nextInt(3) == 0) {
            // C style: declared at the top, assigned first in every iteration, so private; on CPU it may also be
            // read after the loop, where it holds the last iteration's value (a cluster job does not bring it back)
            privateLocal = "pv";
            out.add(2, "int pv = " + random.nextInt(-3, 4) + ";");
            lastValue = !"CLUSTER".equals(target) && random.nextBoolean();
        }
        if (kind == LoopKind.INT_UP || kind == LoopKind.INT_DOWN) {
            if (random.nextInt(3) > 0) {
                writeForms.put("wi", offsetForm());
            }
            if (random.nextInt(3) > 0) {
                writeForms.put("wd", offsetForm());
            }
        }
        switch (kind) {
            case INT_UP, INT_DOWN -> intLoop(kind == LoopKind.INT_UP, marked);
            case LONG -> longLoop(marked);
            case EXTREME -> extremeLoop(marked);
            default -> collapsedLoop();
        }
        if (marked && illegal == null && random.nextBoolean()) {
            // an unmarked loop of a marked method stays sequential, whatever it does: a prefix sum here
            out.add(2, "for (int i = 5; i < n + 4; i++) {");
            out.add(3, "c[i] = c[i - 1] + a[i];");
            out.add(2, "}");
        }
        int integral = 0;
        List<Tolerance> floating = new ArrayList<>();
        for (Reduction r : reductions) {
            if (r.floating()) {
                out.add(2, "rf[" + floating.size() + "] = " + r.name + ";");
                floating.add(r.reassociates() ? r.tolerance(outerTrips) : null);
            } else if (r.type.equals("boolean")) {
                out.add(2, "ri[" + integral++ + "] = " + r.name + " ? 1 : 0;");
            } else {
                out.add(2, "ri[" + integral++ + "] = " + r.name + ";");
            }
        }
        for (String rows : rowArrays == null ? List.<String>of() : rowArrays) {
            out.add(2, "ri[" + integral++ + "] = java.util.Arrays.deepHashCode(" + rows + ");");
        }
        if (local) {
            out.add(2, "ri[" + integral++ + "] = java.util.Arrays.hashCode(cellState(lc));");
        }
        if (illegal == IllegalShape.SUPER_CONSTRUCTOR_EFFECT) {
            // every creation of the kid runs the effect: any of them may be the line jpar names
            offending.addAll(kidLines);
        }
        if (illegal != null) {
            out.add(2, "ri[" + integral++ + "] = last + acc;");
        }
        if (lastValue) {
            out.add(2, "ri[" + integral++ + "] = pv;");
        }
        if (counterBound != null) {
            out.add(2, "ri[" + integral++ + "] = kc;");
            out.add(2, "ri[" + integral++ + "] = java.util.Arrays.hashCode(ko);");
        }
        out.add(1, "}");
        Tolerance histogram = histogramUpdates == 0 ? null
                : Tolerance.forSum(outerTrips * histogramUpdates, histogramTerm, 0, false);
        renameVariables(firstLine);
        List<FieldOutput> fieldOutputs = fields.stream().map(f -> new FieldOutput(f.owner(), f.reduction().name, f.reduction().initial,
                f.reduction().reassociates() ? f.reduction().tolerance(outerTrips) : null)).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        fieldOutputs.addAll(helperFields);
        return new Generated(name, instance, integral, floating, histogram, fieldOutputs, offending, illegal == null ? "" : describe(illegal), cells);
    }

    /** Sometimes renames the index and the reductions of the method just written to names jpar's own code uses. */
    private void renameVariables(int firstLine) {
        java.util.Set<String> taken = new java.util.HashSet<>();
        java.util.Map<String, String> renames = new java.util.LinkedHashMap<>();
        if (random.nextInt(4) == 0) {
            String index = INDEX_NAMES[random.nextInt(INDEX_NAMES.length)];
            renames.put("i", index);
            taken.add(index);
        }
        for (Reduction r : reductions) {
            String name = REDUCTION_NAMES[random.nextInt(REDUCTION_NAMES.length)];
            if (random.nextInt(3) == 0 && taken.add(name)) {
                renames.put(r.name, name);
            }
        }
        if (renames.isEmpty()) {
            return;
        }
        List<String> lines = out.lines();
        for (int k = firstLine; k < lines.size(); k++) {
            String line = lines.get(k);
            for (java.util.Map.Entry<String, String> e : renames.entrySet()) {
                line = line.replaceAll("\\b" + e.getKey() + "\\b", e.getValue());
            }
            lines.set(k, line);
        }
    }

    private String methodAnnotation(LoopKind kind, boolean marked) {
        List<String> attributes = new ArrayList<>();
        if (!marked) {
            attributes.addAll(loopAttributes());
        } else if (target != null) {
            attributes.add("target = io.jpar.Target." + target);
        }
        if (kind == LoopKind.COLLAPSE) {
            attributes.add("collapse = 2");
        }
        return attributes.isEmpty() ? "@Parallel" : "@Parallel(" + String.join(", ", attributes) + ")";
    }

    private List<String> loopAttributes() {
        List<String> attributes = new ArrayList<>();
        if (target != null) {
            // fully qualified: no import, so the CPU programs of a seed keep their text and line numbers
            attributes.add("target = io.jpar.Target." + target);
        }
        int schedule = random.nextInt(5);
        if (schedule > 0) {
            attributes.add("schedule = Schedule." + new String[] {"AUTO", "STATIC", "DYNAMIC", "GUIDED"}[schedule - 1]);
            if (random.nextBoolean()) {
                attributes.add("chunk = " + random.nextInt(1, 40));
            }
        }
        if (random.nextInt(6) == 0) {
            attributes.add("threads = " + random.nextInt(1, 4));
        }
        return attributes;
    }

    private String indexDeclaration(String type, boolean marked) {
        if (!marked) {
            return type + " i";
        }
        List<String> attributes = loopAttributes();
        return (attributes.isEmpty() ? "@Parallel " : "@Parallel(" + String.join(", ", attributes) + ") ") + type + " i";
    }

    private String offsetForm() {
        int c = random.nextInt(1, 5);
        return switch (random.nextInt(4)) {
            case 0 -> "i";
            case 1 -> "i + " + c;
            case 2 -> "i - " + c;
            default -> c + " + i";
        };
    }

    private void declareReduction(int k) {
        String type = expr.pickText("int", "long", "double", "float", "short", "byte", "boolean", "int", "long", "double");
        List<Reduction.Form> forms = switch (type) {
            case "int", "long" -> List.of(Reduction.Form.ADD, Reduction.Form.SUB, Reduction.Form.MUL, Reduction.Form.AND, Reduction.Form.OR,
                    Reduction.Form.XOR, Reduction.Form.ASSIGN_ADD, Reduction.Form.ASSIGN_ADD_LEFT, Reduction.Form.ASSIGN_MUL,
                    Reduction.Form.INC, Reduction.Form.DEC, Reduction.Form.PRE_INC, Reduction.Form.PRE_DEC, Reduction.Form.MAX,
                    Reduction.Form.MIN, Reduction.Form.IF_GREATER, Reduction.Form.IF_LESS);
            case "short", "byte" -> List.of(Reduction.Form.ADD, Reduction.Form.SUB, Reduction.Form.MUL, Reduction.Form.AND,
                    Reduction.Form.OR, Reduction.Form.XOR, Reduction.Form.INC, Reduction.Form.DEC);
            case "boolean" -> List.of(Reduction.Form.BOOL_AND, Reduction.Form.BOOL_OR, Reduction.Form.LOGICAL_AND, Reduction.Form.LOGICAL_OR);
            default -> List.of(Reduction.Form.ADD, Reduction.Form.SUB, Reduction.Form.ASSIGN_ADD, Reduction.Form.ASSIGN_ADD_LEFT,
                    Reduction.Form.MUL, Reduction.Form.MAX, Reduction.Form.MIN, Reduction.Form.IF_GREATER, Reduction.Form.IF_LESS);
        };
        Reduction r = reduction("s" + k, type, forms.get(random.nextInt(forms.size())));
        out.add(2, type + " " + r.name + " = " + r.initial + ";");
        reductions.add(r);
    }

    /**
     * One or two fields for the loop to reduce into (compound updates of one operator family, read nowhere else in
     * the loop), declared before the method: statics of the class by bare name, statics of a nested class by
     * {@code Tally0.f}, and in an instance method fields of this by bare name or {@code this.f}.
     */
    private void declareFields() {
        List<String> nested = new ArrayList<>();
        String nestedClass = "Tally" + name.substring(1);
        for (int k = random.nextInt(1, 3); k > 0; k--) {
            String type = expr.pickText("int", "long", "double", "boolean", "long");
            List<Reduction.Form> forms = switch (type) {
                case "boolean" -> List.of(Reduction.Form.BOOL_AND, Reduction.Form.BOOL_OR, Reduction.Form.XOR);
                case "double" -> List.of(Reduction.Form.ADD, Reduction.Form.SUB, Reduction.Form.MUL);
                default -> List.of(Reduction.Form.ADD, Reduction.Form.SUB, Reduction.Form.INC, Reduction.Form.MUL, Reduction.Form.AND,
                        Reduction.Form.OR, Reduction.Form.XOR);
            };
            Reduction r = reduction(name + "q" + fields.size(), type, forms.get(random.nextInt(forms.size())));
            String owner = switch (random.nextInt(instance ? 3 : 2)) {
                case 0 -> null;
                case 1 -> nestedClass;
                default -> "this";
            };
            if (owner == null) {
                out.add(1, "static " + type + " " + r.name + ";");
            } else if (owner.equals("this")) {
                out.add(1, type + " " + r.name + " = " + r.initial + ";");
            } else {
                nested.add("static " + type + " " + r.name + ";");
            }
            fields.add(new Field(r, owner));
        }
        if (!nested.isEmpty()) {
            out.add(1, "static final class " + nestedClass + " { " + String.join(" ", nested) + " }");
        }
    }

    /** A reduction of {@code type} and {@code form} with a start value that suits the form. */
    private Reduction reduction(String name, String type, Reduction.Form form) {
        String initial;
        double value = 0;
        if (type.equals("boolean")) {
            initial = random.nextBoolean() ? "true" : "false";
        } else if (type.equals("double") || type.equals("float")) {
            String suffix = type.equals("float") ? "f" : "";
            value = switch (form) {
                case MUL -> random.nextBoolean() ? 1.0 : 2.5;
                case MAX, IF_GREATER -> -100.0;
                case MIN, IF_LESS -> 100.0;
                default -> new double[] {0.0, 1.5, -2.25, 10.0}[random.nextInt(4)];
            };
            initial = form == Reduction.Form.MAX && random.nextBoolean()
                    ? (type.equals("float") ? "Float.NEGATIVE_INFINITY" : "Double.NEGATIVE_INFINITY")
                    : value + suffix;
            if (initial.contains("INFINITY")) {
                value = 0;
            }
        } else {
            String suffix = type.equals("long") ? "L" : "";
            initial = switch (form) {
                case MUL, ASSIGN_MUL -> random.nextBoolean() ? "1" : "3";
                case AND -> random.nextBoolean() ? "-1" : "1023";
                case MAX, IF_GREATER -> type.equals("int") && random.nextBoolean() ? "Integer.MIN_VALUE" : "-1000";
                case MIN, IF_LESS -> type.equals("long") && random.nextBoolean() ? "Long.MAX_VALUE" : "1000";
                default -> Integer.toString(new int[] {0, 1, -1, 7, 100}[random.nextInt(5)]);
            };
            if (!initial.contains("_")) {
                initial = initial + suffix;
            }
            if (type.equals("short") || type.equals("byte")) {
                initial = "(" + type + ") " + initial;
            }
        }
        return new Reduction(name, type, form, initial, value);
    }

    private void intLoop(boolean up, boolean marked) {
        int lo = 4 + (n == 0 ? 0 : random.nextInt(Math.min(n, 6) + 1));
        String[][] limits = {
            {"n + 4", Integer.toString(n + 4)},
            {"a.length - 4", Integer.toString(n + 4)},
            {null, null},
            {"n / 2 + 4", Integer.toString(n / 2 + 4)},
            {"Math.min(n, 9) + 4", Integer.toString(Math.min(n, 9) + 4)},
            {"x.length - 4 - n / 3", Integer.toString(n + 4 - n / 3)},
        };
        String[] limit = limits[random.nextInt(limits.length)];
        if (limit[0] == null) {
            int value = lo + random.nextInt(Math.max(1, n + 4 - lo + 1));
            limit = new String[] {Integer.toString(value), Integer.toString(value)};
        }
        int hi = Integer.parseInt(limit[1]);
        int step = random.nextInt(4) == 0 ? random.nextInt(2, 5) : 1;
        loopStep = step;
        String header;
        String decl = indexDeclaration("int", marked);
        List<Long> values = new ArrayList<>();
        String start = Integer.toString(lo);
        String below = Integer.toString(lo - 1);
        if (illegal == null && random.nextInt(6) == 0) {
            int pivot = rowArrays(lo, "n + 4".equals(limit[0]));
            if (pivot >= 0) {
                // LU's shape: the loop starts after the pivot row pk, which every iteration reads
                start = "pk + " + (lo - pivot);
                below = lo - 1 == pivot ? "pk" : "pk + " + (lo - 1 - pivot);
            }
        }
        if (up) {
            String condition = switch (random.nextInt(4)) {
                case 0 -> "i < " + limit[0];
                case 1 -> "i <= " + limit[0] + " - 1";
                case 2 -> limit[0] + " > i";
                default -> limit[0] + " - 1 >= i";
            };
            header = "for (" + decl + " = " + start + "; " + condition + "; " + update("+", step) + ") {";
            for (long v = lo; v < hi; v += step) {
                values.add(v);
            }
        } else {
            String condition = switch (random.nextInt(3)) {
                case 0 -> "i >= " + start;
                case 1 -> "i > " + below;
                default -> start + " <= i";
            };
            header = "for (" + decl + " = " + limit[0] + " - 1; " + condition + "; " + update("-", step) + ") {";
            for (long v = hi - 1; v >= lo; v -= step) {
                values.add(v);
            }
        }
        outerTrips = Math.max(1, values.size());
        planThrow(values);
        if (random.nextInt(5) == 0) {
            // a labelled parallel loop: continue outer from an inner loop only ends this iteration, so it is legal
            label = "outer";
            header = label + ": " + header;
        }
        if (illegal == null && target == null && throwAt == null && random.nextInt(10) == 0) {
            // a counter of the iterations: K0 + one per inner trip, into an array big enough for any bound below
            counterBound = expr.pickText("m", "m", "3", "jm", "");
            int k0 = random.nextInt(0, 4);
            if (counterBound.equals("jm")) {
                out.add(2, "int jm = m / 2 + 1;");
            }
            out.add(2, "int kc = " + k0 + ";");
            out.add(2, "int[] ko = new int[" + k0 + " + (n + 8) * (m + 4)];");
        }
        out.add(2, header);
        Scope body = new Scope("i", false, readForms(), null, 1, 0, captured, Map.of(), writeForms);
        body(body, 3, random.nextInt(1, 7), true);
        // lanes of one width move by lane on a cluster; among other accesses of flat they are refused there
        if (m >= 2 && random.nextInt(3) == 0) {
            lanes(body, 3);
        }
        out.add(2, "}");
    }

    /**
     * Declares, before the loop, the local 2-D arrays that owned-row calls use besides g (a double one filled by
     * a loop of its own, a long one left at zeros) and the rows every call may read: {@code 0..3} below the start,
     * {@code n + 4..n + 7} above the end when the loop ends at {@code n + 4} (jpar cannot bound other limits by n).
     * Sometimes also {@code int pk}, a pivot just below {@code lo}; returns its value, or -1.
     */
    private int rowArrays(int lo, boolean endsAtN) {
        rowArrays = new ArrayList<>();
        if (random.nextBoolean()) {
            out.add(2, "double[][] rw = new double[n + 8][m + 1];");
            out.add(2, "for (int p = 0; p < n + 8; p++) {");
            out.add(3, "for (int e = 0; e <= m; e++) {");
            out.add(4, "rw[p][e] = x[p] + e * 0.5;");
            out.add(3, "}");
            out.add(2, "}");
            rowArrays.add("rw");
        }
        if (random.nextBoolean()) {
            out.add(2, "long[][] rl = new long[n + 8][m];");
            rowArrays.add("rl");
        }
        if (random.nextInt(3) == 0) {
            int pivot = lo - 1 - random.nextInt(3);
            out.add(2, "int pk = " + pivot + ";");
            // jpar knows only that the index exceeds pk, not pk's value: constant rows are not provably apart
            sharedRows.addAll(List.of("pk", "pk - 1"));
            return pivot;
        }
        for (int r = 0; r < 4; r++) {
            sharedRows.add(Integer.toString(r));
            if (endsAtN) {
                sharedRows.add("n + " + (4 + r));
            }
        }
        return -1;
    }

    /** A call that writes the iteration's own row i of g or of a local row array, reading a shared row or scalars. */
    private void rowCall(Scope s, int indent) {
        List<String> arrays = new ArrayList<>(rowArrays);
        arrays.add("g");
        String shared = sharedRows.get(random.nextInt(sharedRows.size()));
        switch (arrays.get(random.nextInt(arrays.size()))) {
            case "rw" -> out.add(indent, "rowAxpy(" + expr.realExpr(s, 1).text() + ", rw[" + shared + "], rw[i]);");
            case "rl" -> {
                String e = random.nextBoolean() ? "la[" + expr.readIndex(s) + "]" : expr.intExpr(s, 1, false);
                if (random.nextBoolean()) {
                    out.add(indent, "rowBump(rl[i], " + e + ");");
                } else {
                    String local = "t" + locals++;
                    out.add(indent, "int " + local + " = (int) rowBump(rl[i], " + e + ");");
                    s.intLocals.add(local);
                }
            }
            default -> out.add(indent, random.nextBoolean() ? "rowAdd(g[i], g[" + shared + "]);"
                    : "rowFill(g[i], " + expr.intExpr(s, 1, false) + ");");
        }
    }

    /**
     * Writes and reads of flat at lanes {@code L * i + c}, {@code 0 <= c < L}: no index form covers them, the
     * affine dependence test proves every element belongs to one iteration ({@code L <= m}, so they fit in flat).
     */
    private void lanes(Scope s, int indent) {
        int width = random.nextInt(2, Math.min(m, 3) + 1);
        int count = random.nextInt(1, 4);
        for (int k = 0; k < count; k++) {
            String lane = lane(width, random.nextInt(width));
            if (random.nextBoolean()) {
                out.add(indent, "flat[" + lane + "] = " + expr.realExpr(s, 2).text() + ";");
            } else {
                out.add(indent, "flat[" + lane + "] += flat[" + lane(width, random.nextInt(width)) + "] * 0.5;");
            }
        }
    }

    private static String lane(int width, int c) {
        return width + " * i" + (c == 0 ? "" : " + " + c);
    }

    private String update(String sign, int step) {
        if (step == 1) {
            return expr.pickText("i" + sign + sign, sign + sign + "i", "i " + sign + "= 1");
        }
        if (random.nextInt(3) == 0) {
            // a step held in an effectively final local, declared just before the loop
            out.add(2, "int st = " + step + ";");
            return "i " + sign + "= st";
        }
        return random.nextBoolean() ? "i " + sign + "= " + step : "i = i " + sign + " " + step;
    }

    private List<String> readForms() {
        List<String> forms = new ArrayList<>(List.of("i", "n + 7 - i"));
        for (int c = 1; c <= 4; c++) {
            forms.add("i + " + c);
            forms.add("i - " + c);
        }
        return forms;
    }

    private void longLoop(boolean marked) {
        int lo = 4;
        String limit = expr.pickText("n + 4L", "(long) n + 4", "x.length - 4L", "4L + n");
        int step = random.nextInt(3) == 0 ? random.nextInt(2, 5) : 1;
        boolean up = random.nextInt(3) > 0;
        String decl = indexDeclaration("long", marked);
        List<Long> values = new ArrayList<>();
        if (up) {
            out.add(2, "for (" + decl + " = " + lo + "; i < " + limit + "; " + update("+", step) + ") {");
            for (long v = lo; v < n + 4; v += step) {
                values.add(v);
            }
        } else {
            out.add(2, "for (" + decl + " = " + limit + " - 1; i >= " + lo + "; " + update("-", step) + ") {");
            for (long v = n + 3; v >= lo; v -= step) {
                values.add(v);
            }
        }
        outerTrips = Math.max(1, values.size());
        planThrow(values);
        List<String> forms = new ArrayList<>(List.of("(int) i", "(int) (n + 7 - i)"));
        for (int c = 1; c <= 4; c++) {
            forms.add("(int) i + " + c);
            forms.add("(int) (i - " + c + ")");
        }
        Scope body = new Scope("i", true, forms, null, 1, 0, captured, Map.of(), Map.of());
        body(body, 3, random.nextInt(1, 6), true);
        out.add(2, "}");
    }

    /**
     * Index values at the edges of the index type: near MAX_VALUE counting up, near MIN_VALUE counting down, a
     * span wider than half the type's range with a huge step, and ranges across zero. Java's own loop never
     * overflows here (the last index plus the step still fits), but a runtime that computes trip counts or chunk
     * ends naively would. The index is used only through {@code i & 7}, {@code i % 1000} and reductions.
     */
    private void extremeLoop(boolean marked) {
        boolean wide = random.nextBoolean();
        String type = wide ? "long" : "int";
        String box = wide ? "Long" : "Integer";
        long max = wide ? Long.MAX_VALUE : Integer.MAX_VALUE;
        long min = wide ? Long.MIN_VALUE : Integer.MIN_VALUE;
        String suffix = wide ? "L" : "";
        int trips = random.nextInt(0, 3000);
        int step = random.nextInt(1, 5);
        long r = 4 + random.nextInt(4);
        String decl = indexDeclaration(type, marked);
        String header;
        long first;
        long last;
        boolean up;
        switch (random.nextInt(4)) {
            case 0 -> {
                up = true;
                first = max - r - trips;
                last = max - r;
                header = "for (" + decl + " = " + box + ".MAX_VALUE - " + (r + trips) + "; i < " + box + ".MAX_VALUE - " + r + "; i += " + step + ") {";
            }
            case 1 -> {
                up = false;
                first = min + r + trips;
                last = min + r;
                header = "for (" + decl + " = " + box + ".MIN_VALUE + " + (r + trips) + "; i >= " + box + ".MIN_VALUE + " + r + "; i -= " + step + ") {";
                last -= 1;
            }
            case 2 -> {
                long big = max / (1000 + random.nextInt(2000));
                step = 1;
                up = random.nextBoolean();
                if (up) {
                    first = min + 3;
                    last = max - big;
                    header = "for (" + decl + " = " + box + ".MIN_VALUE + 3; i < " + box + ".MAX_VALUE - " + big + suffix + "; i += " + big + suffix + ") {";
                } else {
                    first = max - 3;
                    last = min + big;
                    header = "for (" + decl + " = " + box + ".MAX_VALUE - 3; i > " + box + ".MIN_VALUE + " + big + suffix + "; i -= " + big + suffix + ") {";
                }
                out.add(2, header);
                List<Long> values = new ArrayList<>();
                for (long v = first; up ? v < last : v > last; v = up ? v + big : v - big) {
                    values.add(v);
                }
                extremeBody(values);
                return;
            }
            default -> {
                up = true;
                first = -random.nextInt(0, 2000);
                last = random.nextInt(-5, 2000);
                header = "for (" + decl + " = " + first + "; i < " + last + suffix + "; i += " + step + ") {";
            }
        }
        out.add(2, header);
        List<Long> values = new ArrayList<>();
        for (long v = first; up ? v < last : v > last; v = up ? v + step : v - step) {
            values.add(v);
        }
        extremeBody(values);
    }

    private void extremeBody(List<Long> values) {
        outerTrips = Math.max(1, values.size());
        planThrow(values);
        List<String> forms = List.of("(int) (i & 7)", "(int) (i & 3) + 2", "(int) Math.floorMod(i, 5)");
        Scope body = new Scope("i", true, forms, null, 1, 0, captured, Map.of(), Map.of());
        body(body, 3, random.nextInt(1, 6), true);
        out.add(2, "}");
    }

    private void collapsedLoop() {
        int lo = 4 + (n == 0 ? 0 : random.nextInt(Math.min(n, 3) + 1));
        boolean lessEqual = random.nextBoolean();
        out.add(2, "for (int i = " + lo + "; " + (lessEqual ? "i <= n + 3" : "i < n + 4") + "; i++) {");
        boolean down = random.nextInt(3) == 0;
        out.add(3, down ? "for (int j = m - 1; j >= 0; j--) {" : "for (int j = 0; j < m; j++) {");
        outerTrips = Math.max(1, (long) (n + 4 - lo) * m);
        List<String> forms = new ArrayList<>(readForms());
        forms.add("j");
        Scope body = new Scope("i", false, forms, "j", 1, 1, captured, Map.of(), Map.of());
        if (privateLocal != null) {
            out.add(4, privateLocal + " = " + expr.intExpr(body, 2, false) + ";");
            body.intLocals.add(privateLocal);
        }
        int count = random.nextInt(1, 5);
        int cellAt = cells ? random.nextInt(1, count + 1) : -1;
        for (int k = count; k > 0; k--) {
            if (k == cellAt) {
                // each (i, j) owns its element of cg
                cellWrite("cg[i][j]", gridWritten, body, 4);
            }
            if (kid != null && k == 1) {
                kidStatement(body, 4);
            }
            if (elementOp != null && k == count) {
                elementUpdate(body, 4);
            }
            if (scratch && k == 1) {
                scratchStatement(body, 4);
            }
            switch (random.nextInt(4)) {
                case 0 -> out.add(4, "g[i][j] = " + expr.intExpr(body, 2, false) + ";");
                case 1 -> out.add(4, "flat[i * m + j] = " + expr.realExpr(body, 2).text() + ";");
                default -> statement(body, 4, false);
            }
        }
        if (!fields.isEmpty()) {
            fieldUpdates(body, 4);
        }
        out.add(3, "}");
        out.add(2, "}");
    }

    /** Plans, for some loops, an exception at one of the iterations (or at none, when K is not visited). */
    private void planThrow(List<Long> values) {
        if (illegal == null && random.nextInt(7) == 0) {
            throwAt = values.isEmpty() || random.nextInt(5) == 0 ? (long) n + 100 : values.get(random.nextInt(values.size()));
        }
    }

    private void body(Scope s, int indent, int count, boolean outer) {
        if (outer && privateLocal != null) {
            out.add(indent, privateLocal + " = " + expr.intExpr(s, 2, false) + ";");
            s.intLocals.add(privateLocal);
        }
        int illegalAt = outer && illegal != null ? random.nextInt(count + 1) : -1;
        int throwPosition = outer && throwAt != null ? random.nextInt(count + 1) : -1;
        int rowAt = outer && rowArrays != null ? random.nextInt(count + 1) : -1;
        int fieldAt = outer && !fields.isEmpty() ? random.nextInt(count + 1) : -1;
        // every loop of a method with cells writes an element's field at least once; one with a hierarchy creates a kid
        int cellAt = outer && cellForm != null ? random.nextInt(count + 1) : -1;
        int kidAt = outer && kid != null && illegal != IllegalShape.SUPER_CONSTRUCTOR_EFFECT ? random.nextInt(count + 1) : -1;
        int reduceAt = outer && elementOp != null ? random.nextInt(count + 1) : -1;
        int scratchAt = outer && scratch ? random.nextInt(count + 1) : -1;
        int helperAt = outer && helper != null && illegal == null ? random.nextInt(count + 1) : -1;
        if (outer && counterBound != null) {
            counter(s, indent);
        }
        for (int k = 0; k <= count; k++) {
            if (k == illegalAt) {
                plantIllegal(s, indent);
            }
            if (k == cellAt) {
                cellWrite(cellArray + "[" + cellForm + "]", cellWritten, s, indent);
                if (random.nextInt(3) == 0) {
                    gridLoop(s, indent);
                }
            }
            if (k == kidAt) {
                kidStatement(s, indent);
            }
            if (k == reduceAt) {
                elementUpdate(s, indent);
            }
            if (k == scratchAt) {
                scratchStatement(s, indent);
            }
            if (k == fieldAt) {
                fieldUpdates(s, indent);
            }
            if (k == helperAt) {
                helperCall(s, indent);
            }
            if (k == rowAt) {
                rowCall(s, indent);
            }
            if (k == throwPosition) {
                plantThrow(s, indent);
            }
            if (k < count) {
                statement(s, indent, true);
            }
        }
    }

    private void statement(Scope s, int indent, boolean loopsAllowed) {
        if (rowArrays != null && s.inner == null && random.nextInt(8) == 0) {
            rowCall(s, indent);
            return;
        }
        if (cells && !s.longIndex && random.nextInt(4) == 0) {
            cellStatement(s, indent, loopsAllowed);
            return;
        }
        if (kid != null && random.nextInt(7) == 0) {
            kidStatement(s, indent);
            return;
        }
        if (scratch && random.nextInt(10) == 0) {
            scratchStatement(s, indent);
            return;
        }
        int choice = random.nextInt(15);
        switch (choice) {
            case 0 -> {
                String local = "t" + locals++;
                out.add(indent, "int " + local + " = " + expr.intExpr(s, 2, false) + ";");
                s.intLocals.add(local);
            }
            case 1 -> {
                String local = "d" + locals++;
                ExpressionGenerator.Real e = expr.realExpr(s, 2);
                out.add(indent, "double " + local + " = " + e.text() + ";");
                s.doubleLocals.put(local, e.bound());
            }
            case 2 -> write(s, indent);
            case 3, 4, 5 -> {
                int pick = reductions.isEmpty() && fields.isEmpty() ? -1 : random.nextInt(reductions.size() + fields.size());
                if (pick < 0) {
                    write(s, indent);
                } else if (pick < reductions.size()) {
                    reduce(reductions.get(pick), s, indent);
                } else {
                    fieldUpdate(fields.get(pick - reductions.size()), s, indent);
                }
            }
            case 6 -> histogram(s, indent);
            case 7 -> {
                if (s.depth < 3) {
                    conditional(s, indent, loopsAllowed);
                } else {
                    write(s, indent);
                }
            }
            case 12 -> localArray(s, indent);
            case 14 -> object(s, indent);
            case 13 -> {
                if (s.inner == null && counterBound == null) {
                    // continue in the parallel loop's own body only ends this iteration (jpar finds no counter in a body with one)
                    out.add(indent, "if (" + expr.condition(s, 1, false) + ") {");
                    out.add(indent + 1, "continue;");
                    out.add(indent, "}");
                } else {
                    localArray(s, indent);
                }
            }
            case 8 -> {
                if (loopsAllowed && s.inner == null && s.depth < 2) {
                    innerLoop(s, indent);
                } else {
                    write(s, indent);
                }
            }
            default -> {
                if (s.writeForms.isEmpty()) {
                    histogram(s, indent);
                } else {
                    write(s, indent);
                }
            }
        }
    }

    private void write(Scope s, int indent) {
        List<String> options = new ArrayList<>(s.writeForms.keySet());
        boolean rows = !s.longIndex && s.index.equals("i") && s.inner != null && s.inner.equals("j") && writeForms.size() == s.writeForms.size();
        if (rows) {
            options.add("g");
        }
        if (options.isEmpty()) {
            String local = "t" + locals++;
            out.add(indent, "int " + local + " = " + expr.intExpr(s, 2, false) + ";");
            s.intLocals.add(local);
            return;
        }
        String array = options.get(random.nextInt(options.size()));
        switch (array) {
            case "wi" -> out.add(indent, "wi[" + s.writeForms.get("wi") + "] " + expr.pickText("=", "+=", "^=") + " " + expr.intExpr(s, 2, false) + ";");
            case "wd" -> out.add(indent, "wd[" + s.writeForms.get("wd") + "] " + expr.pickText("=", "+=") + " " + expr.realExpr(s, 2).text() + ";");
            default -> out.add(indent, "g[i][j] = " + expr.intExpr(s, 2, false) + ";");
        }
    }

    private void conditional(Scope s, int indent, boolean loopsAllowed) {
        out.add(indent, "if (" + expr.condition(s, 1, false) + ") {");
        Scope then = s.block();
        for (int k = random.nextInt(1, 3); k > 0; k--) {
            statement(then, indent + 1, loopsAllowed);
        }
        if (random.nextBoolean()) {
            out.add(indent, "} else {");
            Scope otherwise = s.block();
            for (int k = random.nextInt(1, 3); k > 0; k--) {
                statement(otherwise, indent + 1, loopsAllowed);
            }
        }
        out.add(indent, "}");
    }

    private void innerLoop(Scope s, int indent) {
        String header = switch (random.nextInt(4)) {
            case 0 -> "for (int j = m - 1; j >= 0; j--) {";
            case 1 -> "for (int j = 0; j < m; j += 2) {";
            default -> "for (int j = 0; j < m; j++) {";
        };
        if (random.nextInt(3) == 0) {
            // a body local accumulated by the inner loop: a write to a local of the outer body, so legal
            String local = "t" + locals++;
            out.add(indent, "int " + local + " = 0;");
            out.add(indent, header);
            Scope inner = s.innerLoop("j", m);
            out.add(indent + 1, local + " += " + expr.intExpr(inner, 1, false) + ";");
            out.add(indent, "}");
            s.intLocals.add(local);
            return;
        }
        out.add(indent, header);
        Scope inner = s.innerLoop("j", m);
        int jumpAt = random.nextInt(3) == 0 && counterBound == null ? random.nextInt(3) : -1;
        int count = random.nextInt(1, 4);
        for (int k = 0; k < count; k++) {
            if (k == jumpAt) {
                // leaves the inner loop, or goes on with the next iteration of the labelled parallel loop: both legal
                out.add(indent + 1, "if (" + expr.condition(inner, 1, false) + ") {");
                out.add(indent + 2, label != null && random.nextBoolean() ? "continue " + label + ";" : "break;");
                out.add(indent + 1, "}");
            }
            statement(inner, indent + 1, false);
        }
        out.add(indent, "}");
    }

    /**
     * An object of the iteration: created (by {@code new} or the static factory) into a local of the body or the
     * method's private {@code po}, changed through its field and its method (which returns {@code this}), read.
     */
    private void object(Scope s, int indent) {
        String local = privateObject != null && random.nextBoolean() ? privateObject : "o" + locals++;
        ExpressionGenerator.Real first = expr.realExpr(s, 1);
        ExpressionGenerator.Real second = expr.realExpr(s, 1);
        String create = random.nextBoolean() ? "new Cell(" + first.text() + ")" : "Cell.of(" + first.text() + ")";
        out.add(indent, (local.equals(privateObject) ? "" : "Cell ") + local + " = " + create + ";");
        switch (random.nextInt(3)) {
            case 0 -> out.add(indent, local + ".v += " + second.text() + ";");
            case 1 -> out.add(indent, local + ".add(" + second.text() + ");");
            default -> out.add(indent, local + " = " + local + ".add(" + second.text() + ");");
        }
        String read = "d" + locals++;
        out.add(indent, "double " + read + " = " + local + ".v + " + local + ".k;");
        s.doubleLocals.put(read, first.bound() + second.bound() + 1);
        if (random.nextInt(3) == 0) {
            // a JDK collection of the iteration: changing it is its own business
            String list = "l" + locals++;
            String size = "t" + locals++;
            out.add(indent, "java.util.ArrayList<Integer> " + list + " = new java.util.ArrayList<>();");
            out.add(indent, list + ".add(" + expr.intExpr(s, 1, false) + ");");
            out.add(indent, "int " + size + " = " + list + ".size() + " + list + ".get(0);");
            s.intLocals.add(size);
        }
    }

    /** An array allocated in the body: each iteration has its own, so any write to it is legal. */
    private void localArray(Scope s, int indent) {
        String array = "v" + locals++;
        out.add(indent, "int[] " + array + " = new int[4];");
        out.add(indent, array + "[(" + expr.intExpr(s, 1, false) + ") & 3] = " + expr.intExpr(s, 1, false) + ";");
        String local = "t" + locals++;
        out.add(indent, "int " + local + " = " + array + "[(" + expr.intExpr(s, 1, false) + ") & 3] + " + array + "[0];");
        s.intLocals.add(local);
    }

    private void histogram(Scope s, int indent) {
        String bin = switch (random.nextInt(3)) {
            case 0 -> "Math.floorMod(" + expr.intExpr(s, 1, false) + ", 16)";
            case 1 -> "(" + expr.intExpr(s, 1, false) + ") & 15";
            default -> s.longIndex ? "(int) (i & 15)" : "i & 15";
        };
        switch (random.nextInt(4)) {
            case 0 -> out.add(indent, "h[" + bin + "]++;");
            case 1 -> out.add(indent, "h[" + bin + "] += " + expr.intExpr(s, 1, false) + ";");
            default -> {
                ExpressionGenerator.Real e = expr.realExpr(s, 1);
                out.add(indent, "hd[" + bin + "] += " + e.text() + ";");
                histogramUpdates += s.multiplicity;
                histogramTerm = Math.max(histogramTerm, e.bound());
            }
        }
    }

    /** At least one update of a field reduction per loop: a statement of its own, or in the branches of an if. */
    private void fieldUpdates(Scope s, int indent) {
        if (random.nextBoolean()) {
            fieldUpdate(fields.get(random.nextInt(fields.size())), s, indent);
            return;
        }
        out.add(indent, "if (" + expr.condition(s, 1, false) + ") {");
        fieldUpdate(fields.get(random.nextInt(fields.size())), s.block(), indent + 1);
        if (random.nextBoolean()) {
            out.add(indent, "} else {");
            fieldUpdate(fields.get(random.nextInt(fields.size())), s.block(), indent + 1);
        }
        out.add(indent, "}");
    }

    /** An update of a field reduction by one of its forms; the updates of a + field mix {@code +=}, {@code -=}, ++ and --. */
    private void fieldUpdate(Field f, Scope s, int indent) {
        Reduction r = f.reduction();
        String target = f.owner() == null ? r.name : f.owner().equals("this") ? (random.nextBoolean() ? "this." : "") + r.name
                : f.owner() + "." + r.name;
        Reduction.Form form = r.form;
        if (r.additive()) {
            List<Reduction.Form> family = r.floating() ? List.of(Reduction.Form.ADD, Reduction.Form.SUB)
                    : List.of(Reduction.Form.ADD, Reduction.Form.SUB, Reduction.Form.INC, Reduction.Form.DEC, Reduction.Form.PRE_INC,
                            Reduction.Form.PRE_DEC);
            form = family.get(random.nextInt(family.size()));
        }
        reduce(r, form, target, s, indent);
    }

    private void reduce(Reduction r, Scope s, int indent) {
        reduce(r, r.form, r.name, s, indent);
    }

    /** An update of {@code r} by {@code form}, through {@code v} (the variable, or a field's {@code this.f} or {@code Type.f}). */
    private void reduce(Reduction r, Reduction.Form form, String v, Scope s, int indent) {
        String e;
        double bound = 0;
        if (r.type.equals("boolean")) {
            boolean plain = form == Reduction.Form.LOGICAL_AND || form == Reduction.Form.LOGICAL_OR;
            e = expr.condition(s, 1, plain);
        } else if (r.floating()) {
            ExpressionGenerator.Real real = form == Reduction.Form.MUL
                    ? new ExpressionGenerator.Real("(1.0 + x[" + expr.readIndex(s) + "] * 0.01)", 1.04)
                    : expr.realExpr(s, 2);
            e = r.single() && form != Reduction.Form.ADD && form != Reduction.Form.SUB && form != Reduction.Form.MUL
                    ? "(float) " + wrap(real.text()) : real.text();
            bound = real.bound();
        } else if (r.type.equals("long") && random.nextInt(3) == 0) {
            e = "la[" + expr.readIndex(s) + "]";
        } else {
            e = expr.intExpr(s, 2, false);
        }
        String statement = switch (form) {
            case ADD -> v + " += " + e + ";";
            case SUB -> v + " -= " + e + ";";
            case MUL -> v + " *= " + e + ";";
            case AND -> v + " &= " + e + ";";
            case OR -> v + " |= " + e + ";";
            case XOR -> v + " ^= " + e + ";";
            case ASSIGN_ADD -> v + " = " + v + " + " + e + ";";
            case ASSIGN_ADD_LEFT -> v + " = " + e + " + " + v + ";";
            case ASSIGN_MUL -> v + " = " + v + " * " + e + ";";
            case INC -> v + "++;";
            case DEC -> v + "--;";
            case PRE_INC -> "++" + v + ";";
            case PRE_DEC -> "--" + v + ";";
            case MAX -> v + " = Math.max(" + v + ", " + e + ");";
            case MIN -> v + " = Math.min(" + e + ", " + v + ");";
            case IF_GREATER -> "if (" + e + " > " + v + ") " + v + " = " + e + ";";
            case IF_LESS -> "if (" + e + " < " + v + ") " + v + " = " + e + ";";
            case BOOL_AND -> v + " &= " + e + ";";
            case BOOL_OR -> v + " |= " + e + ";";
            case LOGICAL_AND -> v + " = " + v + " && " + e + ";";
            case LOGICAL_OR -> v + " = " + v + " || " + e + ";";
        };
        out.add(indent, statement);
        r.updates += s.multiplicity;
        r.largestTerm = Math.max(r.largestTerm, bound);
    }

    private static String wrap(String text) {
        return text.startsWith("(") && text.endsWith(")") ? text : "(" + text + ")";
    }

    /** A random non-empty subset of a Cell's fields {@code v} and {@code k}. */
    private Set<String> fieldSubset() {
        return switch (random.nextInt(3)) {
            case 0 -> Set.of("v");
            case 1 -> Set.of("k");
            default -> Set.of("v", "k");
        };
    }

    /**
     * The elements a statement in {@code s} may read field {@code f} of: the iteration's own ({@code cs[form]},
     * {@code cg[i][j]}, row i's {@code cg[i][0]}) any field; others only a field the loop writes nowhere in that array;
     * {@code ds} at any index (jpar checks at run time that it shares no element with cs).
     */
    private List<String> elements(Scope s, String f) {
        List<String> refs = new ArrayList<>();
        boolean j = s.inner != null && s.inner.equals("j");
        if (cellForm != null) {
            refs.add(cellArray + "[" + cellForm + "]");
        }
        if (cellForm == null || !cellWritten.contains(f)) {
            refs.add(cellArray + "[" + expr.readIndex(s) + "]");
        }
        refs.add("ds[" + expr.readIndex(s) + "]");
        if (j) {
            refs.add("cg[i][j]");
            if (!gridWritten.contains(f)) {
                refs.add("cg[" + expr.readIndex(s) + "][j]");
            }
        } else if (!collapsed) {
            refs.add("cg[i][0]");
            if (!gridWritten.contains(f)) {
                refs.add("cg[" + expr.readIndex(s) + "][0]");
            }
        }
        return refs;
    }

    /**
     * A read of field {@code k} (int) or {@code v} (double) of an element, directly or by a helper handed the element
     * ({@code cellV(cs[i + 2])}): jpar counts the helper's reads through its parameter as reads of that element.
     */
    private String elementRead(Scope s, String f) {
        List<String> refs = elements(s, f);
        String ref = refs.get(random.nextInt(refs.size()));
        if (random.nextInt(3) == 0) {
            return (f.equals("v") ? "cellV(" : "cellK(") + ref + ")";
        }
        return ref + "." + f;
    }

    /** One write of a field in {@code fields} of the element {@code ref} (an array element of the iteration, or its alias). */
    private void cellWrite(String ref, Set<String> fields, Scope s, int indent) {
        if (fields.size() == 2 && random.nextInt(5) == 0) {
            // a method of the element that writes its v and k: writes of the element's fields, as the loop's own
            out.add(indent, ref + ".add(" + expr.realExpr(s, 1).text() + ");");
            return;
        }
        List<String> choices = new ArrayList<>(fields);
        String f = choices.get(random.nextInt(choices.size()));
        if (f.equals("v")) {
            String value = expr.realExpr(s, 1).text() + (random.nextBoolean() ? " + " + elementRead(s, expr.pickText("v", "k")) : "");
            out.add(indent, switch (random.nextInt(5)) {
                case 0 -> ref + ".v = " + value + ";";
                case 1 -> ref + ".v += " + value + ";";
                case 2 -> ref + ".v -= " + value + ";";
                // a helper handed the iteration's own element reads what this iteration writes: legal
                case 3 -> ref + ".v = cellV(" + ref + ") * " + expr.pickText("0.5", "2", "-1.5") + " + " + value + ";";
                default -> ref + ".v = " + ref + ".v * " + expr.pickText("0.5", "2", "-1.5") + " + " + value + ";";
            });
        } else {
            String value = random.nextBoolean() ? expr.intExpr(s, 1, false) : elementRead(s, "k") + " + " + expr.intExpr(s, 1, false);
            out.add(indent, switch (random.nextInt(6)) {
                case 0 -> ref + ".k++;";
                case 1 -> "++" + ref + ".k;";
                case 2 -> ref + ".k--;";
                case 3 -> ref + ".k = " + (random.nextBoolean() ? "cellK(" + ref + ") + " : "") + value + ";";
                case 4 -> ref + ".k ^= " + value + ";";
                default -> ref + ".k += " + value + ";";
            });
        }
    }

    /**
     * A statement on fields of array elements: a write of the iteration's element of the 1-D array (not under
     * collapse) or of {@code cg[i][j]} (in a loop over j), directly or through a local {@code Cell el = cs[i + 1]};
     * an inner loop over j writing {@code cg[i][j]}; a read into an int local; a read stored into {@code wd}; an update
     * of field r of an element at any index.
     */
    private void cellStatement(Scope s, int indent, boolean loopsAllowed) {
        boolean j = s.inner != null && s.inner.equals("j");
        List<Integer> kinds = new ArrayList<>(List.of(4));
        if (cellForm != null) {
            kinds.addAll(List.of(0, 0, 1));
        }
        if (j) {
            kinds.addAll(List.of(2, 2, 3));
        } else if (!collapsed && loopsAllowed && s.inner == null && s.depth < 2) {
            kinds.addAll(List.of(5, 5));
        }
        if (s.writeForms.containsKey("wd")) {
            kinds.add(6);
        }
        if (elementOp != null) {
            kinds.addAll(List.of(7, 7));
        }
        switch (kinds.get(random.nextInt(kinds.size()))) {
            case 0 -> cellWrite(cellArray + "[" + cellForm + "]", cellWritten, s, indent);
            case 1 -> alias(cellArray + "[" + cellForm + "]", cellWritten, s, indent);
            case 2 -> cellWrite("cg[i][j]", gridWritten, s, indent);
            case 3 -> alias("cg[i][j]", gridWritten, s, indent);
            case 5 -> gridLoop(s, indent);
            case 7 -> elementUpdate(s, indent);
            case 6 -> out.add(indent, "wd[" + s.writeForms.get("wd") + "] " + expr.pickText("=", "+=") + " " + elementRead(s, "v") + ";");
            default -> {
                String local = "t" + locals++;
                out.add(indent, "int " + local + " = " + elementRead(s, "k") + " + " + (random.nextBoolean() ? elementRead(s, "k")
                        : expr.intExpr(s, 1, false)) + ";");
                s.intLocals.add(local);
            }
        }
    }

    /**
     * An update of field {@code r} of an element that several iterations may share ({@code cs[i % 3].r += e},
     * {@code lc[a[i + 1] & 7].r ^= e}, {@code ++cs[0].r}), with the method's one operator family.
     */
    private void elementUpdate(Scope s, int indent) {
        List<String> indices = new ArrayList<>(List.of("i % 3", "i / 2", "0", "a[" + expr.readIndex(s) + "] & 7", "n + 7 - i"));
        if (s.inner != null && s.inner.equals("j")) {
            indices.add("j");
        }
        String ref = cellArray + "[" + indices.get(random.nextInt(indices.size())) + "].r";
        String e = expr.intExpr(s, 1, false);
        out.add(indent, switch (elementOp) {
            case "+" -> switch (random.nextInt(5)) {
                case 0 -> ref + "++;";
                case 1 -> "--" + ref + ";";
                case 2 -> ref + " -= " + e + ";";
                default -> ref + " += " + e + ";";
            };
            case "^" -> ref + " ^= " + e + ";";
            case "|" -> ref + " |= 1 << ((" + e + ") & 15);";
            case "&" -> ref + " &= ~(1 << ((" + e + ") & 15));";
            default -> ref + " *= (" + e + ") | 1;";
        });
    }

    /** An inner loop over j in [0, m) that writes the iteration's row i of cg: {@code cg[i][j].v = ..}, directly or through an alias. */
    private void gridLoop(Scope s, int indent) {
        out.add(indent, expr.pickText("for (int j = 0; j < m; j++) {", "for (int j = m - 1; j >= 0; j--) {"));
        Scope inner = s.innerLoop("j", m);
        if (random.nextInt(3) == 0) {
            alias("cg[i][j]", gridWritten, inner, indent + 1);
        } else {
            cellWrite("cg[i][j]", gridWritten, inner, indent + 1);
        }
        if (random.nextBoolean()) {
            statement(inner, indent + 1, false);
        }
        out.add(indent, "}");
    }

    /** {@code Cell el = ref;} and one or two writes through it, of fields in {@code fields}, reading it. */
    private void alias(String ref, Set<String> fields, Scope s, int indent) {
        String el = "el" + locals++;
        out.add(indent, "Cell " + el + " = " + ref + ";");
        for (int k = random.nextInt(1, 3); k > 0; k--) {
            if (fields.size() == 2 && random.nextInt(4) == 0) {
                out.add(indent, el + ".add(" + expr.realExpr(s, 1).text() + ");");
            } else if (fields.contains("v") && (!fields.contains("k") || random.nextBoolean())) {
                out.add(indent, el + ".v = " + (random.nextInt(3) == 0 ? "cellV(" + el + ")" : el + ".v") + " * 2 + " + expr.realExpr(s, 1).text()
                        + (random.nextBoolean() ? " + " + el + ".k" : "") + ";");
            } else {
                out.add(indent, el + ".k " + expr.pickText("+=", "^=", "=") + " " + el + ".k * 3 + " + expr.intExpr(s, 1, false) + ";");
            }
        }
    }

    /**
     * Declares, before the method, a small hierarchy {@code Kid0 extends [Mid0 extends] Base0} whose constructors,
     * field initializers and instance initializer blocks set fields of the new object only (a pure static helper and
     * a static final array read; a constructor that increments a static counter but that no chain calls), or, with
     * {@code effect}, one of them increments the static counter {@code created} on every chain.
     */
    private void declareHierarchy(boolean effect) {
        String k = name.substring(1);
        base = "Base" + k;
        kid = "Kid" + k;
        String mid = random.nextInt(3) == 0 ? "Mid" + k : null;
        // where the effect is: 0 the constructor every chain reaches, 1 an initializer block, 2 a field initializer,
        // 3 a field initializer calling tick(), 4 an initializer block calling it
        int where = effect ? random.nextInt(5) : -1;
        boolean counter = effect || random.nextInt(3) == 0;
        StringBuilder b = new StringBuilder("static class " + base + " { ");
        if (counter) {
            b.append("static int created; ");
        }
        b.append("int w; int tag; int z = ").append(switch (where) {
            case 2 -> expr.pickText("created++", "++created", "created += 2");
            case 3 -> "tick()";
            default -> expr.pickText("5", "mix(2)", "SMALL[3] + 1", "w + 4");
        }).append("; ");
        if (where >= 3) {
            b.append("static int tick() { return ++created; } ");
        }
        if (where == 1 || where == 4 || random.nextBoolean()) {
            b.append("{ ").append(where == 1 ? "created++; " : "").append("tag = ").append(where == 4 ? "tick()"
                    : expr.pickText("1", "w + 2", "z * 2")).append("; } ");
        }
        b.append(base).append("() { ").append(where == 0 ? "created++; " : "").append("this.w = 3; } ");
        b.append(base).append("(int s) { this(); w += s; } ");
        if (counter && !effect) {
            // never called by a chain jpar follows: the counter stays untouched
            b.append(base).append("(String s) { created++; } ");
        }
        b.append("int sum() { return w + tag + z; } }");
        out.add(1, b.toString());
        String parent = base;
        if (mid != null) {
            out.add(1, "static class " + mid + " extends " + base + " { int e = 2; { e += tag; } " + mid + "(int s) { super(s); } "
                    + "@Override int sum() { return super.sum() + e; } }");
            parent = mid;
        }
        String constructor = switch (mid == null ? random.nextInt(3) : random.nextInt(2)) {
            case 0 -> kid + "(int d) { super(d % 3); this.d = d + z; }";
            case 1 -> kid + "(int d) { this(d, 2); } " + kid + "(int d, int f) { super(d & 7); this.d = d * f + tag; }";
            default -> kid + "(int d) { this.d = d * 2 + w; }";
        };
        out.add(1, "static final class " + kid + " extends " + parent + " { int d; int u = 1; " + constructor
                + (random.nextBoolean() ? " @Override int sum() { return super.sum() + d * u; }" : "") + " }");
    }

    /**
     * Declares the field {@code f0h} (static, or of the instance in an instance method) and its helper {@code countUp0},
     * whose only statement updates it with one operator: the loop's calls are then a reduction into the field.
     */
    private void declareHelper() {
        String op = expr.pickText("+", "+", "^", "|", "&", "*");
        String initial = switch (op) {
            case "&" -> "-1";
            case "*" -> "1";
            default -> "0";
        };
        String field = name + "h";
        helper = "countUp" + name.substring(1);
        boolean own = instance && random.nextBoolean();
        if (own) {
            out.add(1, "long " + field + " = " + initial + ";");
            out.add(1, "private void " + helper + "(long v) { " + (random.nextBoolean() ? "this." : "") + field + " " + op + "= v; }");
        } else {
            out.add(1, "static long " + field + ";");
            out.add(1, "private static void " + helper + "(long v) { " + field + " " + op + "= v; }");
        }
        helperFields.add(new FieldOutput(own ? "this" : null, field, initial, null));
    }

    /** A call of the helper, sometimes under a condition; its argument is small so that {@code *} stays exact. */
    private void helperCall(Scope s, int indent) {
        String arg = "(" + expr.intExpr(s, 1, false) + ") & 7";
        if (random.nextBoolean()) {
            out.add(indent, helper + "(" + arg + ");");
            return;
        }
        out.add(indent, "if (" + expr.condition(s, 1, false) + ") {");
        out.add(indent + 1, helper + "(" + arg + ");");
        out.add(indent, "}");
    }

    /** The counter's write and increment, one per trip of a rectangular nest (or of the outer loop when the bound is empty). */
    private void counter(Scope s, int indent) {
        int inner = indent;
        String e = expr.intExpr(s, 1, false);
        if (!counterBound.isEmpty()) {
            out.add(indent, "for (int j = 0; j < " + counterBound + "; j++) {");
            inner = indent + 1;
            e = e + " + j";
        }
        if (random.nextBoolean()) {
            out.add(inner, "ko[kc++] = " + e + ";");
        } else {
            out.add(inner, "ko[kc] = " + e + ";");
            out.add(inner, "kc++;");
        }
        if (!counterBound.isEmpty()) {
            out.add(indent, "}");
        }
    }

    /**
     * A use of the scratch object {@code tmp}: its field v written (and k), maybe {@code tmp.add(e)} once both are,
     * then read into locals ({@code tmp.v}, {@code cellV(tmp)}, {@code tmp.k}): every read follows a write of the iteration.
     */
    private void scratchStatement(Scope s, int indent) {
        ExpressionGenerator.Real v = expr.realExpr(s, 1);
        out.add(indent, "tmp.v = " + v.text() + ";");
        double bound = v.bound();
        boolean k = random.nextBoolean();
        if (k) {
            out.add(indent, "tmp.k = " + expr.intExpr(s, 1, false) + ";");
            if (random.nextBoolean()) {
                ExpressionGenerator.Real d = expr.realExpr(s, 1);
                out.add(indent, "tmp.add(" + d.text() + ");");
                bound += d.bound();
            }
        }
        String read = "d" + locals++;
        out.add(indent, "double " + read + " = " + (random.nextBoolean() ? "tmp.v" : "cellV(tmp)") + ";");
        s.doubleLocals.put(read, bound + 1);
        if (k) {
            String local = "t" + locals++;
            out.add(indent, "int " + local + " = tmp.k + " + expr.intExpr(s, 1, false) + ";");
            s.intLocals.add(local);
        }
    }

    /** Creates a kid in the iteration (typed as the kid or its base), maybe changes it, and reads it into an int local. */
    private void kidStatement(Scope s, int indent) {
        String arg = expr.intExpr(s, 1, false);
        String t = "t" + locals++;
        if (random.nextInt(3) == 0) {
            kidLines.add(out.add(indent, "int " + t + " = new " + kid + "(" + arg + ").sum();"));
        } else {
            String o = "o" + locals++;
            boolean typedKid = random.nextBoolean();
            kidLines.add(out.add(indent, (typedKid ? kid : base) + " " + o + " = new " + kid + "(" + arg + ");"));
            if (random.nextBoolean()) {
                out.add(indent, o + ".w += " + expr.intExpr(s, 1, false) + ";");
            }
            out.add(indent, "int " + t + " = " + o + ".sum() + " + o + (typedKid ? ".d" : ".tag") + ";");
        }
        s.intLocals.add(t);
    }

    private void plantThrow(Scope s, int indent) {
        if (throwPlanted) {
            return;
        }
        throwPlanted = true;
        String k = throwAt + (s.longIndex ? "L" : "");
        if (!s.longIndex && random.nextBoolean()) {
            String local = "q" + locals++;
            out.add(indent, "int " + local + " = a[" + expr.readIndex(s) + "] / (i - " + k + ");");
            s.intLocals.add(local);
        } else {
            out.add(indent, "if (i == " + k + ") {");
            out.add(indent + 1, "throw new IllegalStateException(\"fuzz stop at \" + i);");
            out.add(indent, "}");
        }
    }

    private void plantIllegal(Scope s, int indent) {
        if (illegalPlanted) {
            return;
        }
        illegalPlanted = true;
        String e = expr.intExpr(s, 1, false);
        switch (illegal) {
            // distances that are whole steps: other iterations' elements (under i += 4, c[i + 3] is no one's)
            case LOOP_CARRIED -> offending.add(out.add(indent, "c[i] = c[i " + expr.pickText("-", "+") + " "
                    + random.nextInt(1, 4) * loopStep + "] + " + e + ";"));
            case ALIASING_WRITES -> {
                offending.add(out.add(indent, "c[i] = " + e + ";"));
                offending.add(out.add(indent, "c[i + " + random.nextInt(1, 4) * loopStep + "] = " + expr.intExpr(s, 1, false) + ";"));
            }
            case LANE_OVERLAP -> {
                // iteration i's second lane is the first lane of iteration i + step
                offending.add(out.add(indent, "c[2 * i] = " + e + ";"));
                offending.add(out.add(indent, "c[2 * i + " + 2 * loopStep + "] = " + expr.intExpr(s, 1, false) + ";"));
            }
            case OUTER_LOCAL_WRITE -> offending.add(out.add(indent, "last = (" + e + ") - last;"));
            case FIELD_WRITE -> offending.add(out.add(indent, "fuzzField = " + e + ";"));
            // read before it is written: shared.v = e alone would make shared a scratch object, each thread's own
            case SHARED_OBJECT_WRITE -> offending.add(out.add(indent, random.nextBoolean() ? "shared.v = shared.v * 0.5 + " + e + ";"
                    : "shared.k = shared.k * 3 + " + e + ";"));
            case SHARED_COLLECTION -> offending.add(out.add(indent, "seen.add(" + e + ");"));
            case BREAK, RETURN, INDEX_WRITE -> {
                out.add(indent, "if (" + expr.condition(s, 1, false) + ") {");
                String jump = illegal == IllegalShape.BREAK ? "break;" : illegal == IllegalShape.RETURN ? "return;" : "i += 1;";
                offending.add(out.add(indent + 1, jump));
                out.add(indent, "}");
            }
            case ROW_NEIGHBOUR -> {
                // a whole number of steps away: a row another iteration's call writes, or reads
                String other = "g[i " + expr.pickText("+", "-") + " " + (loopStep == 1 ? random.nextInt(1, 4) : loopStep) + "]";
                offending.add(out.add(indent, random.nextBoolean() ? "rowAdd(" + other + ", g[i]);" : "rowAdd(g[i], " + other + ");"));
            }
            case ROW_SHARED_WRITE -> {
                String row = "g[" + expr.pickText("0", "2", "n % 4", "n + 5") + "]";
                offending.add(out.add(indent, random.nextBoolean() ? "rowFill(" + row + ", " + e + ");" : "rowAdd(" + row + ", g[i]);"));
            }
            case ROW_REASSIGNED -> offending.add(out.add(indent, "rowThrough(g[i], " + expr.pickText("c", "b", "g[2]") + ");"));
            // a whole number of steps away: the field another iteration writes
            case ELEMENT_NEIGHBOUR -> offending.add(out.add(indent, "cs[i].v = cs[i " + expr.pickText("-", "+") + " "
                    + random.nextInt(1, 4) * loopStep + "].v + " + e + ";"));
            // assigned or also read: cs[0].v += e alone would be a reduction into the element (legal)
            case ELEMENT_NOT_INJECTIVE -> offending.add(out.add(indent, switch (random.nextInt(4)) {
                case 0 -> "cs[i % 3].v = " + e + ";";
                case 1 -> "cs[0].v = cs[0].v * 0.5 + " + e + ";";
                case 2 -> "cs[i / 2].v = cs[i].v + " + e + ";";
                default -> "cs[n].v = " + e + ";";
            }));
            case ELEMENT_OTHER_PATH -> offending.add(out.add(indent, "cs[i].v = " + otherPath + ".v + " + e + ";"));
            case ELEMENT_CALLEE_READ -> {
                // the helper reads v of an object that may be any element, or of another iteration's element
                String handed = expr.pickText("shared", "shared", "cs[i + " + random.nextInt(1, 3) * loopStep + "]",
                        "cs[i - " + random.nextInt(1, 3) * loopStep + "]");
                if (random.nextBoolean()) {
                    offending.add(out.add(indent, "cs[i].v = cellV(" + handed + ") + " + e + ";"));
                } else {
                    // the write of v that makes the callee's read a conflict, then the call
                    out.add(indent, "cs[i].v += " + expr.realExpr(s, 1).text() + ";");
                    String local = "t" + locals++;
                    offending.add(out.add(indent, "int " + local + " = (int) cellV(" + handed + ") + " + e + ";"));
                    s.intLocals.add(local);
                }
            }
            case SUPER_CONSTRUCTOR_EFFECT -> kidStatement(s, indent);
            case REDUCTION_READ -> {
                // an array element in the update: acc += 4 read in the body is a counter, which CPU threads start per iteration
                out.add(indent, "acc += a[" + expr.readIndex(s) + "] + " + e + ";");
                String local = "t" + locals++;
                offending.add(out.add(indent, "int " + local + " = (int) acc + " + expr.intExpr(s, 1, false) + ";"));
                s.intLocals.add(local);
            }
            case FIELD_REDUCTION_READ -> {
                // not a reduction, so jpar refuses each update as a write of a shared field; the read is not one
                String field = expr.pickText("fuzzTotal", "Tallies.total");
                String local = "t" + locals++;
                offending.add(out.add(indent, field + " += " + e + ";"));
                out.add(indent, "int " + local + " = (int) " + field + " + " + expr.intExpr(s, 1, false) + ";");
                s.intLocals.add(local);
                offending.add(out.add(indent, field + expr.pickText("++;", " -= " + expr.intExpr(s, 1, false) + ";")));
            }
            case COUNTER_CONDITIONAL -> offending.add(out.add(indent, "if (a[i] > 0) ko[kc++] = " + e + ";"));
            case HELPER_FIELD_READ -> {
                offending.add(out.add(indent, helper + "((" + e + ") & 7);"));
                String local = "t" + locals++;
                offending.add(out.add(indent, "int " + local + " = (int) " + name + "h + " + expr.intExpr(s, 1, false) + ";"));
                s.intLocals.add(local);
            }
            case FIELD_MIXED_OPERATORS -> {
                String field = expr.pickText("fuzzTotal", "Tallies.total");
                offending.add(out.add(indent, field + " += " + e + ";"));
                offending.add(out.add(indent, field + " *= 3;"));
            }
            default -> {
                offending.add(out.add(indent, "acc += " + e + ";"));
                offending.add(out.add(indent, "acc *= 3;"));
            }
        }
    }

    private static String describe(IllegalShape shape) {
        return switch (shape) {
            case LOOP_CARRIED -> "loop-carried dependence on c";
            case ALIASING_WRITES -> "c written at two index forms";
            case LANE_OVERLAP -> "c written at lanes 2 * i and 2 * i + 2 * step, which two iterations share";
            case OUTER_LOCAL_WRITE -> "outer local last written, not a reduction";
            case FIELD_WRITE -> "field fuzzField written";
            case SHARED_OBJECT_WRITE -> "a field of an object created before the loop read and written";
            case SHARED_COLLECTION -> "a list created before the loop changed by add";
            case BREAK -> "break leaves the parallel loop";
            case RETURN -> "return leaves the parallel loop";
            case INDEX_WRITE -> "index i written in the body";
            case REDUCTION_READ -> "reduction variable acc read in the body";
            case MIXED_OPERATORS -> "acc reduced with + and *";
            case FIELD_REDUCTION_READ -> "a field updated by += and read in the loop body: not a reduction";
            case FIELD_MIXED_OPERATORS -> "a field updated by += and *=: two operator families, not a reduction";
            case ROW_NEIGHBOUR -> "a row of g written by a call that another iteration also reads or writes";
            case ROW_SHARED_WRITE -> "one row of g written by the call in every iteration";
            case ROW_REASSIGNED -> "a helper writes its row parameter after reassigning it to a shared array";
            case ELEMENT_NEIGHBOUR -> "field v of cs[i] written and read at another element";
            case ELEMENT_NOT_INJECTIVE -> "field v of an element of cs written at an index that is not injective";
            case ELEMENT_OTHER_PATH -> "field v of cs's elements written and read through another object";
            case ELEMENT_CALLEE_READ -> "field v of cs's elements written and read by a callee handed another object or another iteration's element";
            case COUNTER_CONDITIONAL -> "a counter kc++ incremented only when a condition holds: not an induction variable";
            case HELPER_FIELD_READ -> "the field a helper reduces into also read in the loop body: not a reduction";
            case SUPER_CONSTRUCTOR_EFFECT -> "a constructor chain (constructor, initializer block or field initializer) increments a static counter";
        };
    }
}
