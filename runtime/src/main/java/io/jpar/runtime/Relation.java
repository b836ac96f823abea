package io.jpar.runtime;

/** The condition of a parallel loop as written, with the index on the left: {@code i < n}, {@code i <= n}, ... */
public enum Relation {
    /** {@code i < limit}: an upward loop. */
    LT("<", true, true),
    /** {@code i <= limit}: an upward loop. */
    LE("<=", true, false),
    /** {@code i > limit}: a downward loop. */
    GT(">", false, true),
    /** {@code i >= limit}: a downward loop. */
    GE(">=", false, false);

    private final String symbol;
    private final boolean upward;
    private final boolean strict;

    Relation(String symbol, boolean upward, boolean strict) {
        this.symbol = symbol;
        this.upward = upward;
        this.strict = strict;
    }

    /** The operator as written in Java, for messages. */
    public String symbol() {
        return symbol;
    }

    /** Whether the index must grow for the condition to fail ({@code <}, {@code <=}). */
    public boolean isUpward() {
        return upward;
    }

    /** Whether the index may equal the limit ({@code <=}, {@code >=}) or not ({@code <}, {@code >}). */
    public boolean isStrict() {
        return strict;
    }

    /** Whether the condition holds for this index value. Fields, not a switch: it runs on every call. */
    public boolean holds(long index, long limit) {
        if (upward) {
            return strict ? index < limit : index <= limit;
        }
        return strict ? index > limit : index >= limit;
    }
}
