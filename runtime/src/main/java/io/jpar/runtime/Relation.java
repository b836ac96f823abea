package io.jpar.runtime;

/** The condition of a parallel loop as written, with the index on the left: {@code i < n}, {@code i <= n}, ... */
public enum Relation {
    /** {@code i < limit}: an upward loop. */
    LT("<"),
    /** {@code i <= limit}: an upward loop. */
    LE("<="),
    /** {@code i > limit}: a downward loop. */
    GT(">"),
    /** {@code i >= limit}: a downward loop. */
    GE(">=");

    private final String symbol;

    Relation(String symbol) {
        this.symbol = symbol;
    }

    /** The operator as written in Java, for messages. */
    public String symbol() {
        return symbol;
    }

    /** Whether the index must grow for the condition to fail ({@code <}, {@code <=}). */
    public boolean isUpward() {
        return this == LT || this == LE;
    }

    /** Whether the condition holds for this index value. */
    public boolean holds(long index, long limit) {
        switch (this) {
            case LT: return index < limit;
            case LE: return index <= limit;
            case GT: return index > limit;
            default: return index >= limit;
        }
    }
}
