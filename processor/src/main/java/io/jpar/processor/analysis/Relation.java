package io.jpar.processor.analysis;

/** A loop condition with the index on the left, as the runtime's {@code io.jpar.runtime.Relation} names it. */
public enum Relation {
    LT("<"), LE("<="), GT(">"), GE(">=");

    private final String symbol;

    Relation(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** Whether the index counts up. */
    public boolean up() {
        return this == LT || this == LE;
    }

    /** The relation with its operands swapped: {@code n > i} is {@code i < n}. */
    public Relation flipped() {
        return switch (this) {
            case LT -> GT;
            case LE -> GE;
            case GT -> LT;
            case GE -> LE;
        };
    }
}
