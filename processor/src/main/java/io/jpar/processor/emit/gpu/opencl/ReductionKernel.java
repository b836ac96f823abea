package io.jpar.processor.emit.gpu.opencl;

import io.jpar.processor.analysis.Reduction;

/**
 * A scalar reduction in the kernel: its identity (each work-item starts from it), how two partials combine in
 * the work-group tree (earlier one first, so ties of the conditional forms resolve as the sequential loop's),
 * and the {@code io.jpar.runtime.gpu.Op} the runtime combines the groups' partials with.
 */
final class ReductionKernel {

    private ReductionKernel() {
    }

    static String op(Reduction r) {
        return switch (r.operator()) {
            case "+" -> "ADD";
            case "*" -> "MUL";
            case "&", "&&" -> "AND";
            case "|", "||" -> "OR";
            case "^" -> "XOR";
            case "max", "if >", "if >=" -> "MAX";
            case "min", "if <", "if <=" -> "MIN";
            default -> throw new IllegalArgumentException("no GPU operator for " + r.operator());
        };
    }

    static String identity(Reduction r) {
        String t = r.type();
        return switch (r.operator()) {
            case "+", "|", "^" -> t.equals("boolean") ? "false" : t.equals("double") ? "-0.0" : t.equals("float") ? "-0.0f" : "0";
            case "*" -> t.equals("double") ? "1.0" : t.equals("float") ? "1.0f" : "1";
            case "&" -> t.equals("boolean") ? "true" : "-1";
            case "&&" -> "true";
            case "||" -> "false";
            case "max", "if >", "if >=" -> lowest(t);
            case "min", "if <", "if <=" -> highest(t);
            default -> throw new IllegalArgumentException("no identity for " + r.operator());
        };
    }

    private static String lowest(String t) {
        return switch (t) {
            case "double" -> "(-(double) INFINITY)";
            case "float" -> "(-INFINITY)";
            case "long" -> Constants.longLiteral(Long.MIN_VALUE);
            case "int" -> Constants.intLiteral(Integer.MIN_VALUE);
            case "short" -> "(-32768)";
            case "byte" -> "(-128)";
            case "char" -> "0";
            default -> throw new IllegalArgumentException("no order on " + t);
        };
    }

    private static String highest(String t) {
        return switch (t) {
            case "double" -> "((double) INFINITY)";
            case "float" -> "INFINITY";
            case "long" -> Constants.longLiteral(Long.MAX_VALUE);
            case "int" -> "2147483647";
            case "short" -> "32767";
            case "byte" -> "127";
            case "char" -> "65535";
            default -> throw new IllegalArgumentException("no order on " + t);
        };
    }

    /** The combination of partial {@code a} (earlier iterations) with partial {@code b} (later ones). */
    static String combine(Reduction r, String a, String b, Helpers helpers) {
        String t = r.type();
        String p = ClType.promoted(t);
        String narrow = p.equals(t) || t.equals("boolean") ? "" : "(" + ClType.local(t) + ") ";
        return switch (r.operator()) {
            case "+", "*" -> {
                String sign = r.operator();
                if (p.equals("int") || p.equals("long")) {
                    String f = helpers.use("jpar_" + p.charAt(0) + (sign.equals("+") ? "add" : "mul"));
                    yield narrow + f + "(" + a + ", " + b + ")";
                }
                yield a + " " + sign + " " + b;
            }
            case "&", "|", "^", "&&", "||" -> narrow + "(" + a + " " + r.operator() + " " + b + ")";
            case "max", "min" -> ClType.floating(t)
                    ? helpers.use("jpar_" + r.operator() + t.charAt(0)) + "(" + a + ", " + b + ")"
                    : narrow + r.operator() + "(" + a + ", " + b + ")";
            default -> "(" + b + " " + r.operator().substring(3) + " " + a + " ? " + b + " : " + a + ")";
        };
    }
}
