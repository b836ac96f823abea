package io.jpar.processor.emit.gpu.opencl;

import io.jpar.processor.analysis.Reduction;
import io.jpar.processor.analysis.ReductionOperator;

/**
 * A scalar reduction in the kernel: its identity (each work-item starts from it), how two partials combine in
 * the work-group tree (earlier one first, so ties of the conditional forms resolve as the sequential loop's),
 * and the {@code io.jpar.runtime.gpu.Op} the runtime combines the groups' partials with.
 */
final class ReductionKernel {

    private ReductionKernel() {
    }

    static String op(Reduction r) {
        return r.op().gpuOp();
    }

    static String identity(Reduction r) {
        String t = r.type().toString();
        boolean plus = r.op() == ReductionOperator.PLUS;
        return switch (r.op().identity()) {
            case ZERO -> t.equals("boolean") ? "false" : plus && t.equals("double") ? "-0.0" : plus && t.equals("float") ? "-0.0f"
                    : t.equals("double") ? "0.0" : t.equals("float") ? "0.0f" : "0";
            case ONE -> t.equals("double") ? "1.0" : t.equals("float") ? "1.0f" : "1";
            case ALL_ONES -> t.equals("boolean") ? "true" : "-1";
            case TRUE -> "true";
            case FALSE -> "false";
            case LOWEST -> lowest(t);
            case HIGHEST -> highest(t);
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
        String t = r.type().toString();
        String p = ClType.promoted(t);
        String narrow = p.equals(t) || t.equals("boolean") ? "" : "(" + ClType.local(t) + ") ";
        ReductionOperator op = r.op();
        return switch (op.combine()) {
            case ASSIGN_OP -> {
                String sign = op.symbol();
                if (!sign.equals("+") && !sign.equals("*")) {
                    yield narrow + "(" + a + " " + sign + " " + b + ")";
                }
                if (p.equals("int") || p.equals("long")) {
                    String f = helpers.use("jpar_" + p.charAt(0) + (sign.equals("+") ? "add" : "mul"));
                    yield narrow + f + "(" + a + ", " + b + ")";
                }
                yield a + " " + sign + " " + b;
            }
            case INFIX -> narrow + "(" + a + " " + op.symbol() + " " + b + ")";
            case FUNCTION -> ClType.floating(t)
                    ? helpers.use("jpar_" + op.symbol() + t.charAt(0)) + "(" + a + ", " + b + ")"
                    : narrow + op.symbol() + "(" + a + ", " + b + ")";
            case CONDITIONAL -> "(" + b + " " + op.relation() + " " + a + " ? " + b + " : " + a + ")";
        };
    }
}
