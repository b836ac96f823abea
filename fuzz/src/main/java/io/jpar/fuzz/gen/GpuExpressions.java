package io.jpar.fuzz.gen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Random side-effect-free expressions within the GPU subset: primitives, array reads, {@code Math}, static helpers
 * and constants of the program, casts, ternaries. Integer expressions lean on what Java defines and C does not
 * (overflow, shift counts out of range, negative {@code /} and {@code %}, saturating casts, {@code char}
 * unsigned). Floating expressions are <em>exact</em>: only operations OpenCL rounds exactly as Java does
 * (+ - * / sqrt fma, floor, ceil, rint, abs, min, max, round, conversions), so their results must agree bit for bit;
 * each comes with a bound on its magnitude. {@link #inexactTerm} gives the other {@code Math} functions, which
 * OpenCL computes within a few ulp, together with that bound.
 */
final class GpuExpressions {

    /** An expression's text and a bound on its absolute value. */
    record Real(String text, double bound) {
    }

    /** The names in scope: the loop indices and the locals of each type declared so far (a block works on a copy). */
    static final class Names {
        final String index;
        final String inner;
        final List<String> ints;
        final List<String> longs;
        final Map<String, Double> doubles;
        final List<String> floats;

        Names(String index, String inner, List<String> ints, List<String> longs, Map<String, Double> doubles, List<String> floats) {
            this.index = index;
            this.inner = inner;
            this.ints = new ArrayList<>(ints);
            this.longs = new ArrayList<>(longs);
            this.doubles = new LinkedHashMap<>(doubles);
            this.floats = new ArrayList<>(floats);
        }

        Names block() {
            return new Names(index, inner, ints, longs, doubles, floats);
        }

        Names withInner(String variable) {
            return new Names(index, variable, ints, longs, doubles, floats);
        }
    }

    private final SplittableRandom random;

    GpuExpressions(SplittableRandom random) {
        this.random = random;
    }

    /** An in-bounds index for the read-only arrays (length n + 8, index within [4, n + 3], inner index within [0, m)). */
    String read(Names s) {
        List<String> forms = new ArrayList<>(List.of(s.index, s.index + " + " + random.nextInt(1, 5), s.index + " - " + random.nextInt(1, 5),
                Integer.toString(random.nextInt(0, 8)), "(" + s.index + " * 7) % (n + 8)", "n + " + random.nextInt(0, 8)));
        if (s.inner != null) {
            forms.add(s.inner);
            forms.add(s.index + " - " + s.inner + " % 4");
        }
        return forms.get(random.nextInt(forms.size()));
    }

    String intExpr(Names s, int depth) {
        if (depth <= 0 || random.nextInt(4) == 0) {
            return intAtom(s);
        }
        String l = intExpr(s, depth - 1);
        return switch (random.nextInt(22)) {
            case 0, 1 -> "(" + l + " + " + intExpr(s, depth - 1) + ")";
            case 2 -> "(" + l + " - " + intExpr(s, depth - 1) + ")";
            case 3, 4 -> "(" + l + " * " + intExpr(s, depth - 1) + ")";
            case 5 -> "(" + l + " " + pick("&", "|", "^") + " " + intExpr(s, depth - 1) + ")";
            // shift counts beyond 31 and negative ones: Java masks them, C leaves them undefined
            case 6 -> "(" + l + " << " + pick("3", "31", "33", "-1", "(" + intExpr(s, 0) + ")") + ")";
            case 7 -> "(" + l + " " + pick(">>", ">>>") + " " + pick("1", "30", "35", "(" + intExpr(s, 0) + ")") + ")";
            case 8 -> "(" + l + " " + pick("/", "%") + " " + pick("3", "7", "-4", "-1", "1", "K1", "16") + ")";
            case 9 -> pick("-", "~") + "(" + l + ")";
            case 10 -> "(" + condition(s, depth - 1) + " ? " + l + " : " + intExpr(s, depth - 1) + ")";
            case 11 -> "Math." + pick("max", "min") + "(" + l + ", " + intExpr(s, depth - 1) + ")";
            case 12 -> "Math.abs(" + l + ")";
            case 13 -> pick("hmix", "hpoly", "hnest") + "(" + l + ")";
            case 14 -> "(" + pick("byte", "short", "char") + ") (" + l + ")";
            case 15 -> "(int) (" + longExpr(s, depth - 1) + ")";
            case 16 -> "(int) (" + realExpr(s, depth - 1).text() + " * " + pick("1000.0", "1.0e9", "3.5", "-2.25") + ")";
            case 17 -> "(int) (" + floatExpr(s, depth - 1) + " * " + pick("3.5f", "1.0e10f", "-100.0f") + ")";
            case 18 -> "Math.round(" + floatExpr(s, depth - 1) + ")";
            case 19 -> "(int) Math.sqrt(" + realExpr(s, depth - 1).text() + ")";  // NaN for negative values: (int) NaN is 0
            case 20 -> "(" + l + " == " + intExpr(s, depth - 1) + " ? 1 : 0)";
            default -> "Math.abs(" + l + " % " + pick("5", "13") + ")";
        };
    }

    private String intAtom(Names s) {
        List<String> atoms = new ArrayList<>(List.of("a[" + read(s) + "]", "b[" + read(s) + "]", "c[" + read(s) + "]",
                "by[" + read(s) + "]", "ch[" + read(s) + "]", "sh[" + read(s) + "]", s.index, "n", "m", "K1",
                Integer.toString(random.nextInt(-9, 100)), pick("Integer.MAX_VALUE", "Integer.MIN_VALUE", "2147483647", "-65536")));
        if (s.inner != null) {
            atoms.add(s.inner);
        }
        atoms.addAll(s.ints);
        return atoms.get(random.nextInt(atoms.size()));
    }

    String longExpr(Names s, int depth) {
        if (depth <= 0 || random.nextInt(3) == 0) {
            List<String> atoms = new ArrayList<>(List.of("la[" + read(s) + "]", "(long) " + intAtom(s), "BIG", random.nextLong(-99, 1000) + "L",
                    pick("Long.MAX_VALUE", "Long.MIN_VALUE"), s.index));
            atoms.addAll(s.longs);
            return atoms.get(random.nextInt(atoms.size()));
        }
        String l = longExpr(s, depth - 1);
        return switch (random.nextInt(11)) {
            case 0, 1 -> "(" + l + " + " + longExpr(s, depth - 1) + ")";
            case 2 -> "(" + l + " - " + longExpr(s, depth - 1) + ")";
            case 3, 4 -> "(" + l + " * " + longExpr(s, depth - 1) + ")";
            case 5 -> "(" + l + " " + pick("<<", ">>", ">>>") + " " + pick("7", "63", "65", "(" + intExpr(s, 0) + ")") + ")";
            case 6 -> "(" + l + " " + pick("/", "%") + " " + pick("3L", "-7L", "1000003L", "-1L") + ")";
            case 7 -> "(" + l + " " + pick("&", "|", "^") + " " + intExpr(s, depth - 1) + ")";
            case 8 -> "hlong(" + l + ", " + intExpr(s, 0) + ")";
            case 9 -> "Math.round(" + realExpr(s, depth - 1).text() + " * " + pick("1.0e6", "1.0e20", "0.5") + ")";
            default -> "Math." + pick("max", "min") + "(" + l + ", " + longExpr(s, depth - 1) + ")";
        };
    }

    Real realExpr(Names s, int depth) {
        if (depth <= 0 || random.nextInt(3) == 0) {
            return realAtom(s);
        }
        Real l = realExpr(s, depth - 1);
        return switch (random.nextInt(12)) {
            case 0, 1 -> {
                Real r = realExpr(s, depth - 1);
                yield new Real("(" + l.text() + " + " + r.text() + ")", l.bound() + r.bound());
            }
            case 2 -> {
                Real r = realExpr(s, depth - 1);
                yield new Real("(" + l.text() + " - " + r.text() + ")", l.bound() + r.bound());
            }
            case 3 -> {
                Real r = realAtom(s);
                yield new Real("(" + l.text() + " * " + r.text() + ")", l.bound() * r.bound());
            }
            case 4 -> {
                Real r = realAtom(s);
                yield new Real("(" + l.text() + " / (Math.abs(" + r.text() + ") + 0.5))", l.bound() * 2);
            }
            case 5 -> new Real("Math.sqrt(Math.abs(" + l.text() + "))", Math.sqrt(l.bound()) + 1);
            case 6 -> new Real("Math." + pick("floor", "ceil", "rint", "abs") + "(" + l.text() + ")", l.bound() + 1);
            case 7 -> {
                Real r = realExpr(s, depth - 1);
                yield new Real("Math." + pick("max", "min") + "(" + l.text() + ", " + r.text() + ")", Math.max(l.bound(), r.bound()));
            }
            case 8 -> {
                Real r = realExpr(s, depth - 1);
                yield new Real("(" + condition(s, 0) + " ? " + l.text() + " : " + r.text() + ")", Math.max(l.bound(), r.bound()));
            }
            case 9 -> new Real("hsoft(" + l.text() + ")", l.bound() * 0.5 + 1.25);
            case 10 -> {
                Real b = realAtom(s);
                Real c = realAtom(s);
                yield new Real("Math.fma(" + l.text() + ", " + b.text() + ", " + c.text() + ")", l.bound() * b.bound() + c.bound());
            }
            default -> new Real("(double) " + floatExpr(s, depth - 1), 1e4);
        };
    }

    private Real realAtom(Names s) {
        int choice = random.nextInt(8 + (s.doubles.isEmpty() ? 0 : 2));
        return switch (choice) {
            case 0, 1 -> new Real("x[" + read(s) + "]", 4);
            case 2 -> new Real("y[" + read(s) + "]", 4);
            case 3 -> new Real("(a[" + read(s) + "] * 0.5)", 25);
            case 4 -> new Real("(" + s.index + " * 0.125)", 1e3);
            case 5 -> new Real("SCALE", 0.75);
            case 6 -> {
                double c = pick(1.5, 0.1, 2.5, -1.25, 3.0, 1.0e-3);
                yield new Real(Double.toString(c), Math.abs(c));
            }
            case 7 -> new Real("fl[" + read(s) + "]", 4);
            default -> {
                String name = new ArrayList<>(s.doubles.keySet()).get(random.nextInt(s.doubles.size()));
                yield new Real(name, s.doubles.get(name));
            }
        };
    }

    /** A float expression (exact in float arithmetic), values within about 10^4. */
    String floatExpr(Names s, int depth) {
        if (depth <= 0 || random.nextInt(3) == 0) {
            List<String> atoms = new ArrayList<>(List.of("fl[" + read(s) + "]", "fl[" + read(s) + "]", "(float) x[" + read(s) + "]",
                    pick("1.5f", "-0.75f", "3.0f")));
            atoms.addAll(s.floats);
            return atoms.get(random.nextInt(atoms.size()));
        }
        String l = floatExpr(s, depth - 1);
        return switch (random.nextInt(6)) {
            case 0 -> "(" + l + " + " + floatExpr(s, depth - 1) + ")";
            case 1 -> "(" + l + " - " + floatExpr(s, depth - 1) + ")";
            case 2 -> "(" + l + " * " + pick("1.5f", "0.1f", "fl[" + read(s) + "]") + ")";
            case 3 -> "(" + l + " / (Math.abs(" + floatExpr(s, 0) + ") + 0.5f))";
            case 4 -> "Math." + pick("max", "min") + "(" + l + ", " + floatExpr(s, depth - 1) + ")";
            default -> "(float) Math.sqrt(Math.abs(" + l + "))";
        };
    }

    String condition(Names s, int depth) {
        return switch (random.nextInt(5)) {
            case 0 -> intExpr(s, depth) + " > " + intExpr(s, depth);
            case 1 -> "(" + intExpr(s, depth) + " & 1) == 0";
            case 2 -> realExpr(s, depth).text() + " < " + realExpr(s, 0).text();
            case 3 -> "!(" + intExpr(s, depth) + " <= " + intExpr(s, 0) + ")";
            default -> intExpr(s, 0) + " != " + intExpr(s, 0) + " && " + floatExpr(s, 0) + " >= " + floatExpr(s, 0);
        };
    }

    /**
     * {@code c * F(e)} for a {@code Math} function F that OpenCL computes within a few ulp of Java's result, and a
     * bound on its magnitude: its difference from Java's value is below 64 ulp of that bound.
     */
    Real inexactTerm(Names s) {
        Real e = realExpr(s, 1);
        String c = pick("1.0", "0.5", "-2.0");
        double k = Math.abs(Double.parseDouble(c));
        return switch (random.nextInt(11)) {
            case 0 -> new Real(c + " * Math.sin(" + e.text() + ")", k);
            case 1 -> new Real(c + " * Math.cos(" + e.text() + ")", k);
            case 2 -> new Real(c + " * Math.atan(" + e.text() + ")", k * 1.6);
            case 3 -> new Real(c + " * Math.tanh(" + e.text() + ")", k);
            case 4 -> new Real(c + " * Math.exp(x[" + read(s) + "])", k * 55);
            case 5 -> new Real(c + " * Math.log(Math.abs(" + e.text() + ") + 1.0)", k * (Math.log(e.bound() + 1) + 1));
            case 6 -> new Real(c + " * Math.cbrt(" + e.text() + ")", k * (Math.cbrt(e.bound()) + 1));
            case 7 -> new Real(c + " * Math.atan2(" + e.text() + ", y[" + read(s) + "])", k * 3.2);
            case 8 -> new Real(c + " * Math.hypot(x[" + read(s) + "], y[" + read(s) + "])", k * 6);
            case 9 -> new Real(c + " * Math.pow(Math.abs(x[" + read(s) + "]) + 0.5, 1.5)", k * 12);
            default -> new Real(c + " * Math.expm1(y[" + read(s) + "] * 0.5)", k * 8);
        };
    }

    @SafeVarargs
    final <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }
}
