package io.jpar.processor.analysis;

import java.util.List;

/**
 * A variable that the iterations combine with one associative operator, so each thread can keep its own
 * partial value and jpar merges them in chunk order.
 *
 * @param name     the variable
 * @param type     its declared type ({@code long}, {@code double}, {@code int[]} for an array reduction)
 * @param operator {@code + * & | ^ && || max min} or a conditional form {@code if >}, {@code if >=}, {@code if <},
 *                 {@code if <=}
 * @param array    whether it is an array reduction ({@code h[k] += v})
 * @param lines    where it is updated
 */
public record Reduction(String name, JavaType type, String operator, boolean array, List<Integer> lines) {

    /** The operator, as every target reads it. */
    public ReductionOperator op() {
        return ReductionOperator.of(operator);
    }

    /** The element type of an array reduction, the type itself otherwise. */
    public JavaType elementType() {
        return array ? type.component() : type;
    }

    /** For explain: {@code sum (+, long)}. */
    public String describe() {
        return (array ? name + "[]" : name) + " (" + operator + ", " + type + ")";
    }
}
