package io.jpar.fuzz.gen;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Writes one {@code @Parallel(target = GPU)} method of the GPU subset: a loop over [4, n + 3] (up, down, steps 1
 * to 3, or {@code collapse = 2} with an inner loop over [0, m)), a body of locals, if/else, inner for and while
 * loops, {@code continue}, writes at the loop index into int, long, double, float, byte, char and short arrays and
 * (inner loops) into a 2-D array, scalar reductions of every GPU operator, now and then one iteration that
 * throws (a division by zero or an index out of bounds, at exactly one iteration), and, for an illegal method, one
 * planted {@link GpuIllegal} statement whose line it records.
 */
final class GpuMethodGenerator {

    /** The parameters of every generated method, in order; the harness passes the same list. */
    static final String PARAMETERS = "int n, int m, int[] a, int[] b, int[] c, double[] x, double[] y, float[] fl, long[] la, byte[] by, "
            + "char[] ch, short[] sh, int[] wi, long[] wl, double[] wd, float[] wf, double[] wt, byte[] wb, char[] wc, short[] ws, "
            + "int[][] g, int[] h, double[] rf, long[] ri, long[] wv, Cell[] cs";

    /** What the harness needs to know about a generated method. */
    record Generated(String name, int integralOutputs, List<Tolerance> floatingOutputs, Tolerance inexactTolerance,
            Set<Integer> offendingLines, String illegalReason) {
    }

    private record Red(String name, String type, String form, double initial) {
    }

    private final SplittableRandom random;
    private final SourceLines out;
    private final GpuExpressions expr;
    private final String name;
    private final int n;
    private final int m;
    private final GpuIllegal illegal;
    private final List<Red> reductions = new ArrayList<>();
    private final Set<Integer> offending = new TreeSet<>();
    private final long[] updates;
    private final double[] largest;
    private double inexactBound;
    private boolean collapse;
    private int locals;
    private boolean illegalPlanted;
    private boolean faultPlanted;
    private final boolean fault;

    GpuMethodGenerator(SplittableRandom random, SourceLines out, String name, int n, int m, GpuIllegal illegal) {
        this.random = random;
        this.out = out;
        this.name = name;
        this.n = n;
        this.m = m;
        this.illegal = illegal;
        this.expr = new GpuExpressions(random);
        this.updates = new long[8];
        this.largest = new double[8];
        this.fault = illegal == null && random.nextInt(8) == 0;
    }

    Generated generate() {
        collapse = illegal == null && random.nextInt(5) == 0;
        out.add(1, "@Parallel(target = io.jpar.Target.GPU" + (collapse ? ", collapse = 2" : "") + ")");
        out.add(1, "static void " + name + "(" + PARAMETERS + ") {");
        int count = random.nextInt(0, 4);
        for (int k = 0; k < count; k++) {
            declareReduction(k);
        }
        long trips;
        GpuExpressions.Names names;
        if (collapse) {
            out.add(2, "for (int i = 4; i < n + 4; i++) {");
            out.add(3, "for (int j = 0; j < m; j++) {");
            names = new GpuExpressions.Names("i", "j", List.of(), List.of(), Map.of(), List.of());
            trips = (long) n * m;
            body(names, 4, random.nextInt(2, 6), true, false);
            out.add(3, "}");
            out.add(2, "}");
        } else {
            int step = random.nextInt(4) == 0 ? random.nextInt(2, 4) : 1;
            loopStep = step;
            String header = switch (random.nextInt(4)) {
                case 0 -> "for (int i = n + 3; i >= 4; i" + (step == 1 ? "--" : " -= " + step) + ") {";
                case 1 -> "for (int i = 4; i <= n + 3; i" + (step == 1 ? "++" : " += " + step) + ") {";
                default -> "for (int i = 4; i < n + 4; i" + (step == 1 ? "++" : " += " + step) + ") {";
            };
            out.add(2, header);
            names = new GpuExpressions.Names("i", null, List.of(), List.of(), Map.of(), List.of());
            trips = (n + step - 1) / step;
            body(names, 3, random.nextInt(2, 7), false, false);
            if (illegal != null && !illegalPlanted) {
                plant(names, 3);
            }
            out.add(2, "}");
        }
        int integral = 0;
        List<Tolerance> floating = new ArrayList<>();
        for (int k = 0; k < reductions.size(); k++) {
            Red r = reductions.get(k);
            if (r.type.equals("double") || r.type.equals("float")) {
                out.add(2, "rf[" + floating.size() + "] = " + r.name + ";");
                boolean sum = r.form.equals("+=");
                floating.add(sum ? Tolerance.forSum(trips * m * Math.max(1, updates[k]), largest[k], r.initial, r.type.equals("float")) : null);
            } else if (r.type.equals("boolean")) {
                out.add(2, "ri[" + integral++ + "] = " + r.name + " ? 1 : 0;");
            } else {
                out.add(2, "ri[" + integral++ + "] = " + r.name + ";");
            }
        }
        out.add(1, "}");
        Tolerance inexact = inexactBound == 0 ? null : new Tolerance(64 * inexactBound * 0x1p-52, 4 * 0x1p-52);
        return new Generated(name, integral, floating, inexact, offending, illegal == null ? "" : illegal.reason);
    }

    private void declareReduction(int k) {
        String type = expr.pick("int", "long", "double", "float", "boolean", "int", "long", "double");
        String form = switch (type) {
            case "int", "long" -> expr.pick("+=", "-=", "*=", "&=", "|=", "^=", "++", "max", "min", "if>", "if<");
            case "double", "float" -> expr.pick("+=", "+=", "max", "min");
            default -> expr.pick("&=", "|=");
        };
        String name = "r" + k;
        double initial = 0;
        String init = switch (type) {
            case "int" -> form.equals("*=") ? "1" : form.equals("&=") ? "-1" : form.equals("max") || form.equals("if>") ? "Integer.MIN_VALUE"
                    : form.equals("min") || form.equals("if<") ? "Integer.MAX_VALUE" : Integer.toString(random.nextInt(-5, 6));
            case "long" -> form.equals("*=") ? "3L" : form.equals("&=") ? "-1L" : form.equals("max") || form.equals("if>") ? "Long.MIN_VALUE"
                    : form.equals("min") || form.equals("if<") ? "Long.MAX_VALUE" : random.nextInt(-5, 6) + "L";
            case "double" -> {
                initial = form.equals("+=") ? random.nextInt(-4, 5) * 0.5 : 0;
                yield form.equals("max") ? "Double.NEGATIVE_INFINITY" : form.equals("min") ? "Double.POSITIVE_INFINITY" : Double.toString(initial);
            }
            case "float" -> {
                initial = form.equals("+=") ? random.nextInt(-4, 5) * 0.5 : 0;
                yield form.equals("max") ? "-Float.MAX_VALUE" : form.equals("min") ? "Float.MAX_VALUE" : initial + "f";
            }
            default -> form.equals("&=") ? "true" : "false";
        };
        out.add(2, type + " " + name + " = " + init + ";");
        reductions.add(new Red(name, type, form, initial));
    }

    /** {@code count} statements at {@code indent}; {@code inner}: inside a loop over j (2-D writes allowed). */
    private void body(GpuExpressions.Names s, int indent, int count, boolean inner, boolean nested) {
        for (int k = 0; k < count; k++) {
            statement(s, indent, inner, nested);
        }
        if (fault && !faultPlanted && !nested && !inner) {
            faultPlanted = true;
            // one iteration throws, or every one from K on, or none (K outside the loop): the GPU must report the
            // exception of the iteration that the sequential loop reaches first, with Java's message
            int at = random.nextInt(0, n + 6);
            int far = random.nextInt(20, 2000);
            out.add(indent, switch (random.nextInt(4)) {
                case 0 -> "wi[i] = a[i] / (i - " + at + ");";
                case 1 -> "wi[i] = b[i + (i == " + at + " ? " + far + " : 0)];";
                case 2 -> "wi[i] = b[i + (i >= " + at + " ? " + far + " : 0)] / (i <= " + random.nextInt(0, n + 6) + " ? 0 : 1);";
                default -> "wl[i] = la[i] % (i >= " + at + " ? 0L : 3L) + b[i - (i < " + random.nextInt(0, n + 6) + " ? 900 : 0)];";
            });
        }
    }

    /** The parallel loop's step (1 under collapse). */
    private int loopStep = 1;
    /** The width of this method's lanes of {@code wv}; 0 until it writes one. */
    private int laneWidth;

    private void statement(GpuExpressions.Names s, int indent, boolean inner, boolean nested) {
        if (illegal != null && !illegalPlanted && random.nextInt(6) == 0 && !inner) {
            plant(s, indent);
            return;
        }
        int choice = random.nextInt(nested ? 14 : 18);
        String i = s.index;
        switch (choice) {
            case 0 -> declare(s, indent, "int", expr.intExpr(s, 3));
            case 1 -> declare(s, indent, "long", expr.longExpr(s, 2));
            case 2 -> {
                GpuExpressions.Real r = expr.realExpr(s, 3);
                String v = "d" + locals++;
                out.add(indent, "double " + v + " = " + r.text() + ";");
                s.doubles.put(v, r.bound());
            }
            case 3 -> declare(s, indent, "float", expr.floatExpr(s, 2));
            case 4 -> {
                if (!s.ints.isEmpty()) {
                    String v = s.ints.get(random.nextInt(s.ints.size()));
                    out.add(indent, v + " " + expr.pick("+=", "-=", "*=", "^=", "<<=", ">>>=", "/=", "%=") + " "
                            + expr.pick(expr.intExpr(s, 1), "3", "-7", "33") + ";");
                    // a division by a variable could divide by zero at many iterations; keep / and % by constants
                    fixDivision(indent);
                }
            }
            case 5 -> {
                // narrowing compound assignments on small types
                String v = "q" + locals++;
                String t = expr.pick("byte", "short", "char");
                out.add(indent, t + " " + v + " = (" + t + ") (" + expr.intExpr(s, 1) + ");");
                out.add(indent, v + " += " + expr.intExpr(s, 1) + ";");
                String target = t.equals("byte") ? "wb" : t.equals("short") ? "ws" : "wc";
                if (!inner) {
                    out.add(indent, target + "[" + i + "] = " + v + ";");
                } else {
                    s.ints.add(v);
                }
            }
            case 6, 7 -> reductionUpdate(s, indent, inner);
            case 8 -> {
                out.add(indent, "if (" + expr.condition(s, 2) + ") {");
                body(s.block(), indent + 1, random.nextInt(1, 3), inner, true);
                if (random.nextBoolean()) {
                    out.add(indent, "} else {");
                    body(s.block(), indent + 1, random.nextInt(1, 3), inner, true);
                }
                out.add(indent, "}");
            }
            case 9, 10 -> {
                if (inner) {
                    out.add(indent, "g[" + i + "][" + s.inner + "] = " + expr.intExpr(s, 3) + ";");
                } else {
                    write(s, indent);
                }
            }
            case 11, 12 -> {
                if (!inner) {
                    write(s, indent);
                } else {
                    reductionUpdate(s, indent, true);
                }
            }
            case 13 -> {
                if (!inner) {
                    GpuExpressions.Real exact = expr.realExpr(s, 2);
                    GpuExpressions.Real term = expr.inexactTerm(s);
                    out.add(indent, "wt[" + i + "] = " + exact.text() + " + " + term.text() + ";");
                    inexactBound = Math.max(inexactBound, term.bound() + exact.bound());
                } else {
                    reductionUpdate(s, indent, true);
                }
            }
            case 14 -> {
                if (inner) {
                    reductionUpdate(s, indent, true);
                    return;
                }
                // an inner for loop over j in [0, m): locals, 2-D writes, reductions
                out.add(indent, "for (int j = 0; j < m; j++) {");
                body(s.withInner("j"), indent + 1, random.nextInt(1, 4), true, true);
                out.add(indent, "}");
            }
            case 17 -> {
                if (inner) {
                    reductionUpdate(s, indent, true);
                } else {
                    lanes(s, indent);
                }
            }
            case 15 -> {
                String w = "w" + locals++;
                String acc = "t" + locals++;
                out.add(indent, "int " + acc + " = " + expr.intExpr(s, 1) + ";");
                out.add(indent, "int " + w + " = 0;");
                out.add(indent, "while (" + w + " < " + random.nextInt(1, 5) + ") {");
                out.add(indent + 1, acc + " = " + acc + " * 3 + " + w + " + " + expr.intExpr(s, 1) + ";");
                out.add(indent + 1, w + "++;");
                out.add(indent, "}");
                s.ints.add(acc);
            }
            default -> {
                if (!inner) {
                    out.add(indent, "if (" + expr.condition(s, 1) + ") {");
                    out.add(indent + 1, "continue;");
                    out.add(indent, "}");
                }
            }
        }
    }

    /**
     * Writes of {@code wv} in lanes {@code W * i + c}, {@code 0 <= c < W} (W of 2 or 3 per method; wv holds
     * 3 * (n + 8) elements): no index form covers them, the affine test proves them apart, the kernel runs them.
     */
    private void lanes(GpuExpressions.Names s, int indent) {
        if (laneWidth == 0) {
            laneWidth = random.nextInt(2, 4);
        }
        for (int k = random.nextInt(1, 4); k > 0; k--) {
            int c = random.nextInt(laneWidth);
            String lane = "wv[" + laneWidth + " * " + s.index + (c == 0 ? "" : " + " + c) + "]";
            if (random.nextBoolean()) {
                out.add(indent, lane + " = " + expr.longExpr(s, 2) + ";");
            } else {
                int d = random.nextInt(laneWidth);
                out.add(indent, lane + " += wv[" + laneWidth + " * " + s.index + (d == 0 ? "" : " + " + d) + "] >> 1;");
            }
        }
    }

    /** Integer {@code /=} and {@code %=} by a variable could divide by zero anywhere: make them divide by a constant. */
    private void fixDivision(int indent) {
        List<String> lines = out.lines();
        String last = lines.get(lines.size() - 1);
        if ((last.contains(" /= ") || last.contains(" %= ")) && !last.matches(".*[/%]= -?\\d+;$")) {
            lines.set(lines.size() - 1, last.replaceFirst("([/%]=) .*;$", "$1 " + (random.nextBoolean() ? "-3" : "5") + ";"));
        }
    }

    private void declare(GpuExpressions.Names s, int indent, String type, String value) {
        String v = type.charAt(0) + "v" + locals++;
        out.add(indent, type + " " + v + " = " + value + ";");
        switch (type) {
            case "int" -> s.ints.add(v);
            case "long" -> s.longs.add(v);
            default -> s.floats.add(v);
        }
    }

    private void write(GpuExpressions.Names s, int indent) {
        String i = s.index;
        switch (random.nextInt(5)) {
            case 0, 1 -> out.add(indent, "wi[" + i + "] = " + expr.intExpr(s, 3) + ";");
            case 2 -> out.add(indent, "wl[" + i + "] = " + expr.longExpr(s, 3) + ";");
            case 3 -> out.add(indent, "wd[" + i + "] = " + expr.realExpr(s, 3).text() + ";");
            default -> out.add(indent, "wf[" + i + "] = " + expr.floatExpr(s, 3) + ";");
        }
    }

    private void reductionUpdate(GpuExpressions.Names s, int indent, boolean inner) {
        if (reductions.isEmpty()) {
            if (!inner) {
                write(s, indent);
            }
            return;
        }
        int k = random.nextInt(reductions.size());
        Red r = reductions.get(k);
        updates[k]++;
        String e;
        switch (r.type) {
            case "int" -> e = expr.intExpr(s, 2);
            case "long" -> e = expr.longExpr(s, 2);
            case "double" -> {
                GpuExpressions.Real real = expr.realExpr(s, 2);
                largest[k] = Math.max(largest[k], real.bound());
                e = real.text();
            }
            case "float" -> {
                e = expr.floatExpr(s, 2);
                largest[k] = Math.max(largest[k], 1e4);
            }
            default -> e = expr.condition(s, 1);
        }
        String v = r.name;
        switch (r.form) {
            case "++" -> out.add(indent, v + "++;");
            case "max", "min" -> out.add(indent, v + " = Math." + r.form + "(" + v + ", " + e + ");");
            case "if>", "if<" -> {
                String t = "c" + locals++;
                out.add(indent, r.type + " " + t + " = " + e + ";");
                out.add(indent, "if (" + t + (r.form.equals("if>") ? " > " : " < ") + v + ") {");
                out.add(indent + 1, v + " = " + t + ";");
                out.add(indent, "}");
            }
            default -> out.add(indent, v + " " + r.form + " " + e + ";");
        }
    }

    private void plant(GpuExpressions.Names s, int indent) {
        illegalPlanted = true;
        String i = s.index;
        String line = switch (illegal) {
            case STRING -> "String str" + locals++ + " = \"v\" + a[" + i + "];";
            case ALLOCATION -> "int[] tmp" + locals++ + " = new int[4];";
            case BOXING -> "Integer boxed" + locals++ + " = a[" + i + "];";
            case TRY_CATCH -> "try { wi[" + i + "] = a[" + i + "] / 3; } catch (RuntimeException e) { wi[" + i + "] = 0; }";
            case THROW -> "if (a[" + i + "] > 1000) { throw new IllegalStateException(\"big\"); }";
            case LIBRARY_CALL -> "wi[" + i + "] = String.valueOf(a[" + i + "]).length();";
            case RECURSION -> "wi[" + i + "] = hrec(a[" + i + "] & 7);";
            case ROW_CALL -> random.nextBoolean() ? "hrow(g[" + i + "], a[" + i + "]);" : "wi[" + i + "] = hrowsum(g[" + i + "]);";
            case ARRAY_REDUCTION -> "h[a[" + i + "] & 7] += 1;";
            case FIELD_REDUCTION -> expr.pick("gtotal += a[" + i + "];", "gtotal ^= a[" + i + "] * 3L;", "GpuTally.hits++;",
                    "GpuTally.hits -= a[" + i + "] & 3;");
            // a whole step back: another iteration's element (under i += 3, wi[i - 1] is no iteration's)
            case LOOP_CARRIED -> "wi[" + i + "] = wi[" + i + " - " + loopStep + "] + 1;";
            case ELEMENT_FIELD -> {
                if (random.nextInt(3) == 0) {
                    // the alias is refused (an object local), and so is the write through it: either line
                    String el = "el" + locals++;
                    offending.add(out.add(indent, "Cell " + el + " = cs[" + i + "];"));
                    yield el + ".v = " + el + ".v * 2 + " + expr.realExpr(s, 1).text() + ";";
                }
                yield expr.pick("cs[" + i + "].v = " + expr.realExpr(s, 2).text() + ";", "cs[" + i + "].k++;",
                        "cs[" + i + "].k += a[" + i + "];", "cs[" + i + "].v += x[" + i + "];");
            }
            case OBJECT_CREATED -> expr.pick("wi[" + i + "] = new GKid(a[" + i + "]).d;", "wi[" + i + "] = new GKid(a[" + i + "]).sum();");
        };
        offending.add(out.add(indent, line));
    }
}
