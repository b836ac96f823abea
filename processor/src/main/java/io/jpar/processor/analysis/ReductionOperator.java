package io.jpar.processor.analysis;

/**
 * A reduction's operator, the one description every target reads: its identity (what each thread, rank or
 * work-item starts from), how two partials combine, and the runtime's GPU combine op. Backends only render these
 * in their own syntax (Java literals, OpenCL C).
 */
public enum ReductionOperator {
    PLUS("+", Identity.ZERO, Combine.ASSIGN_OP, "ADD"),
    TIMES("*", Identity.ONE, Combine.ASSIGN_OP, "MUL"),
    AND("&", Identity.ALL_ONES, Combine.ASSIGN_OP, "AND"),
    OR("|", Identity.ZERO, Combine.ASSIGN_OP, "OR"),
    XOR("^", Identity.ZERO, Combine.ASSIGN_OP, "XOR"),
    CONDITIONAL_AND("&&", Identity.TRUE, Combine.INFIX, "AND"),
    CONDITIONAL_OR("||", Identity.FALSE, Combine.INFIX, "OR"),
    MAX("max", Identity.LOWEST, Combine.FUNCTION, "MAX"),
    MIN("min", Identity.HIGHEST, Combine.FUNCTION, "MIN"),
    /** {@code if (e > m) m = e;}: the earlier of equal candidates stays, as sequentially. */
    IF_GREATER("if >", Identity.LOWEST, Combine.CONDITIONAL, "MAX"),
    IF_GREATER_OR_EQUAL("if >=", Identity.LOWEST, Combine.CONDITIONAL, "MAX"),
    IF_LESS("if <", Identity.HIGHEST, Combine.CONDITIONAL, "MIN"),
    IF_LESS_OR_EQUAL("if <=", Identity.HIGHEST, Combine.CONDITIONAL, "MIN");

    /** The value that leaves any partial unchanged: zero ({@code false} for booleans, {@code -0.0} for floating +). */
    public enum Identity { ZERO, ONE, ALL_ONES, TRUE, FALSE, LOWEST, HIGHEST }

    /**
     * How {@code x} takes in a later partial {@code y}: {@code x op= y}, {@code x = x op y}, {@code x = op(x, y)}, or
     * {@code if (y rel x) x = y} (the relation being {@link #relation()}).
     */
    public enum Combine { ASSIGN_OP, INFIX, FUNCTION, CONDITIONAL }

    private final String symbol;
    private final Identity identity;
    private final Combine combine;
    private final String gpuOp;

    ReductionOperator(String symbol, Identity identity, Combine combine, String gpuOp) {
        this.symbol = symbol;
        this.identity = identity;
        this.combine = combine;
        this.gpuOp = gpuOp;
    }

    /** As the analysis and explain write it: {@code +}, {@code max}, {@code if >}. */
    public String symbol() {
        return symbol;
    }

    public Identity identity() {
        return identity;
    }

    public Combine combine() {
        return combine;
    }

    /** The {@code io.jpar.runtime.gpu.Op} that combines work-groups' partials. */
    public String gpuOp() {
        return gpuOp;
    }

    /** For {@link Combine#CONDITIONAL}: the relation a later candidate must have to the kept one ({@code >}). */
    public String relation() {
        return combine == Combine.CONDITIONAL ? symbol.substring(3) : null;
    }

    public static ReductionOperator of(String symbol) {
        for (ReductionOperator o : values()) {
            if (o.symbol.equals(symbol)) {
                return o;
            }
        }
        throw new IllegalArgumentException("not a reduction operator: " + symbol);
    }
}
