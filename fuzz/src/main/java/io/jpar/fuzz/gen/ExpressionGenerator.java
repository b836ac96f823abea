package io.jpar.fuzz.gen;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random side-effect-free expressions over a {@link Scope}. Floating-point expressions come with a bound on
 * their magnitude, from which the oracle's tolerance for reductions is derived. A <em>plain</em> expression has
 * no call, no division or remainder and no array read (anything that may throw or have effects, which jpar
 * refuses on the right of {@code &&} and {@code ||}: the sequential loop may skip it, a parallel chunk would not).
 */
final class ExpressionGenerator {

    /** A floating-point expression and a bound on its absolute value. */
    record Real(String text, double bound) {
    }

    /** Read-only input arrays: int values in [-50, 50], floating values in [-4, 4]. */
    static final double INT_BOUND = 50;
    static final double REAL_BOUND = 4;

    /** True in an instance method: {@code this.scale} and {@code twice(e)} are available. */
    boolean instance;

    /** True for CLUSTER programs: now and then {@code peek(e)}, a helper reading static state, which CLUSTER refuses. */
    boolean cluster;

    private final SplittableRandom random;
    private final int n;

    ExpressionGenerator(SplittableRandom random, int n) {
        this.random = random;
        this.n = n;
    }

    String readIndex(Scope s) {
        return s.readForms.get(random.nextInt(s.readForms.size()));
    }

    String intExpr(Scope s, int depth, boolean plain) {
        if (depth <= 0 || random.nextInt(3) == 0) {
            return intAtom(s, plain);
        }
        if (cluster && !plain && random.nextInt(60) == 0) {
            return "peek(" + intExpr(s, depth - 1, plain) + ")";
        }
        int choice = random.nextInt(plain ? 5 : 11);
        return switch (choice) {
            case 0 -> "(" + intExpr(s, depth - 1, plain) + " + " + intExpr(s, depth - 1, plain) + ")";
            case 1 -> "(" + intExpr(s, depth - 1, plain) + " - " + intExpr(s, depth - 1, plain) + ")";
            case 2 -> "(" + intExpr(s, depth - 1, plain) + " * " + intExpr(s, depth - 1, plain) + ")";
            case 3 -> "(" + intExpr(s, depth - 1, plain) + " " + pick("&", "|", "^") + " " + intExpr(s, depth - 1, plain) + ")";
            case 4 -> "(" + condition(s, depth - 1, plain) + " ? " + intExpr(s, depth - 1, plain) + " : " + intExpr(s, depth - 1, plain) + ")";
            case 5 -> "mix(" + intExpr(s, depth - 1, plain) + ")";
            case 6 -> "(" + intExpr(s, depth - 1, plain) + " % " + (1 + random.nextInt(9)) + ")";
            case 7 -> "(" + intExpr(s, depth - 1, plain) + " << " + random.nextInt(4) + ")";
            // helpers named like the chunk class's own methods: jpar must keep them pointing at the user's
            case 8 -> expr2("run", s, depth, plain);
            // CLUSTER refuses twice(..) (the instance is not on other ranks): now and then, not in every instance method
            case 9 -> instance && (!cluster || random.nextInt(8) == 0) ? "twice(" + intExpr(s, depth - 1, plain) + ")" : expr2("merge", s, depth, plain);
            // a @Parallel method called from a parallel body: the runtime must run its loop inline
            default -> "(int) inner(SMALL, " + intExpr(s, depth - 1, plain) + ")";
        };
    }

    private String expr2(String helper, Scope s, int depth, boolean plain) {
        return helper + "(" + intExpr(s, depth - 1, plain) + ")";
    }

    private String intAtom(Scope s, boolean plain) {
        List<String> atoms = new ArrayList<>();
        if (!plain) {
            // an array read may throw, which the sequential && / || would skip: jpar refuses it there
            atoms.add("a[" + readIndex(s) + "]");
            atoms.add("b[" + readIndex(s) + "]");
        }
        atoms.add(s.longIndex ? "(int) (" + s.index + " % 1000)" : s.index);
        atoms.add(Integer.toString(random.nextInt(-9, 100)));
        atoms.add(pick("n", "m"));
        if (s.inner != null) {
            atoms.add(s.inner);
        }
        atoms.addAll(s.intLocals);
        String wi = s.writeForms.get("wi");
        if (wi != null && !plain) {
            atoms.add("wi[" + wi + "]");
        }
        if (!plain) {
            atoms.add("(int) (la[" + readIndex(s) + "] % 1000)");
        }
        if (instance) {
            atoms.add((cluster ? random.nextInt(8) == 0 : random.nextBoolean()) ? "this.scale" : "scale");
        }
        return atoms.get(random.nextInt(atoms.size()));
    }

    String condition(Scope s, int depth, boolean plain) {
        int choice = random.nextInt(plain ? 2 : 4);
        return switch (choice) {
            case 0 -> intExpr(s, depth, plain) + " > " + intExpr(s, depth, plain);
            case 1 -> intExpr(s, depth, plain) + " < " + intExpr(s, Math.min(depth, 0), plain);
            case 2 -> "(" + intExpr(s, depth, plain) + ") % 2 == 0";
            default -> realExpr(s, Math.min(depth, 1)).text() + " > " + realExpr(s, 0).text();
        };
    }

    Real realExpr(Scope s, int depth) {
        if (depth <= 0 || random.nextInt(3) == 0) {
            return realAtom(s);
        }
        int choice = random.nextInt(6);
        Real l = realExpr(s, depth - 1);
        return switch (choice) {
            case 0 -> sum(l, realExpr(s, depth - 1), " + ");
            case 1 -> sum(l, realExpr(s, depth - 1), " - ");
            case 2 -> {
                double c = pick(0.5, 1.5, 2.0, 0.25, 3.0);
                yield new Real("(" + l.text() + " * " + c + ")", l.bound() * c);
            }
            case 3 -> new Real("soft(" + l.text() + ")", l.bound() * 0.5 + 1.25);
            case 4 -> {
                Real r = realExpr(s, depth - 1);
                yield new Real("(" + condition(s, 0, false) + " ? " + l.text() + " : " + r.text() + ")", Math.max(l.bound(), r.bound()));
            }
            default -> {
                Real r = realAtom(s);
                yield new Real("(" + l.text() + " * " + r.text() + ")", l.bound() * r.bound());
            }
        };
    }

    private static Real sum(Real l, Real r, String op) {
        return new Real("(" + l.text() + op + r.text() + ")", l.bound() + r.bound());
    }

    private Real realAtom(Scope s) {
        int locals = s.doubleLocals.size();
        int choice = random.nextInt(7 + (locals > 0 ? 2 : 0));
        return switch (choice) {
            case 0, 1 -> new Real("x[" + readIndex(s) + "]", REAL_BOUND);
            case 2 -> new Real("y[" + readIndex(s) + "]", REAL_BOUND);
            case 3 -> new Real("fl[" + readIndex(s) + "]", REAL_BOUND);
            case 4 -> new Real("(a[" + readIndex(s) + "] * 0.5)", INT_BOUND * 0.5);
            case 5 -> s.longIndex
                    ? new Real("(double) (" + s.index + " % 1000)", 1000)
                    : new Real("(" + s.index + " * 0.125)", (n + 8) * 0.125);
            case 6 -> {
                double c = pick(1.5, 0.75, 2.5, -1.25, 3.0);
                yield new Real(Double.toString(c), Math.abs(c));
            }
            default -> {
                String name = new ArrayList<>(s.doubleLocals.keySet()).get(random.nextInt(locals));
                yield new Real(name, s.doubleLocals.get(name));
            }
        };
    }

    @SafeVarargs
    private <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }

    String pickText(String... options) {
        return options[random.nextInt(options.length)];
    }
}
