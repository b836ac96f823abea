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
 *                 generated code replaces with the partial {@code name}; for one into the fields of elements, the
 *                 updated {@code q[e].f}, which it replaces with {@code name[e]}; empty for a local
 * @param element  for a reduction into a field of the elements of an array of objects ({@code q[j].f -= g}): the
 *                 array and the field; {@code name} is then an array of partials, one per element; null otherwise
 */
public record Reduction(String name, JavaType type, String operator, boolean array, List<Integer> lines, String field,
                        List<com.github.javaparser.ast.expr.Expression> targets, ElementTarget element) {

    /**
     * The field {@code field} of the elements of {@code array} ({@code q}, a local or parameter of the method, or a
     * field named bare), the access key of the field array ({@code ElementFields}), the field's type.
     */
    public record ElementTarget(String array, String field, String key, JavaType fieldType) {
    }

    /** A reduction of a local of the method. */
    public Reduction(String name, JavaType type, String operator, boolean array, List<Integer> lines) {
        this(name, type, operator, array, lines, null, List.of(), null);
    }

    /** A reduction of a local, or into a field. */
    public Reduction(String name, JavaType type, String operator, boolean array, List<Integer> lines, String field,
                     List<com.github.javaparser.ast.expr.Expression> targets) {
        this(name, type, operator, array, lines, field, targets, null);
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
        if (element != null) {
            return element.array() + "[].".concat(element.field()) + " (" + operator + ", " + element.fieldType()
                    + ", a field of the elements, a copy per block)";
        }
        return (array ? name + "[]" : variable()) + " (" + operator + ", " + type + (field != null ? ", a field" : "") + ")";
    }
}
