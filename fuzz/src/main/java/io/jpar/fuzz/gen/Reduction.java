package io.jpar.fuzz.gen;

/**
 * A reduction variable of a generated method: declared before the loop, updated in the loop only with its one
 * operator form, stored into the method's {@code ri} (integral, boolean) or {@code rf} (floating) output after it.
 * Counts its updates and the largest term, for the tolerance of floating sums.
 */
final class Reduction {

    /** Operator forms jpar recognises (DESIGN.md); each variable uses one. */
    enum Form {
        ADD, SUB, MUL, AND, OR, XOR, ASSIGN_ADD, ASSIGN_ADD_LEFT, ASSIGN_MUL, INC, DEC, PRE_INC, PRE_DEC,
        MAX, MIN, IF_GREATER, IF_LESS, BOOL_AND, BOOL_OR, LOGICAL_AND, LOGICAL_OR
    }

    final String name;
    final String type;
    final Form form;
    /** The start value as Java text ({@code 3L}, {@code (short) 1}, {@code Double.NEGATIVE_INFINITY}). */
    final String initial;
    final double initialValue;
    long updates;
    double largestTerm;

    Reduction(String name, String type, Form form, String initial, double initialValue) {
        this.name = name;
        this.type = type;
        this.form = form;
        this.initial = initial;
        this.initialValue = initialValue;
    }

    /** Whether the form is one of the + family ({@code +=}, {@code -=}, {@code ++}, {@code --}), which a field may mix. */
    boolean additive() {
        return switch (form) {
            case ADD, SUB, INC, DEC, PRE_INC, PRE_DEC -> true;
            default -> false;
        };
    }

    boolean floating() {
        return type.equals("double") || type.equals("float");
    }

    boolean single() {
        return type.equals("float");
    }

    /** Whether the result may differ from the sequential one by reassociation. */
    boolean reassociates() {
        return floating() && switch (form) {
            case MAX, MIN, IF_GREATER, IF_LESS -> false;
            default -> true;
        };
    }

    Tolerance tolerance(long outerTrips) {
        long terms = outerTrips * Math.max(1, updates);
        return form == Form.MUL ? Tolerance.forProduct(terms, single()) : Tolerance.forSum(terms, largestTerm, initialValue, single());
    }
}
