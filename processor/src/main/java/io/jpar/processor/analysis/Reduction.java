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
 * @param field    for a reduction into a field: the field as the method names it ({@code total}, {@code this.sum},
 *                 {@code Stats.count}), read before the loop and assigned after it; null for a local
 * @param targets  for a reduction into a field: the field's uses in the loop, each an update's target, which the
 *                 generated code replaces with the partial {@code name}; empty for a local
 */
public record Reduction(String name, JavaType type, String operator, boolean array, List<Integer> lines, String field,
                        List<com.github.javaparser.ast.expr.Expression> targets) {

    /** A reduction of a local of the method. */
    public Reduction(String name, JavaType type, String operator, boolean array, List<Integer> lines) {
        this(name, type, operator, array, lines, null, List.of());
    }

    /** What the method reads before the loop and assigns after it: the local, or the field. */
    public String variable() {
        return field != null ? field : name;
    }

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
        return (array ? name + "[]" : variable()) + " (" + operator + ", " + type + (field != null ? ", a field" : "") + ")";
    }
}
