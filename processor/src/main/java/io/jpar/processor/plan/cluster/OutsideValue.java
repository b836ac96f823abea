package io.jpar.processor.plan.cluster;

import io.jpar.processor.analysis.JavaType;


/**
 * A value from outside the loop that the body reads: a local or parameter of the method, or a field read by its
 * simple name. On a cluster every one of them is a field of the chunk, so that another JVM can be handed it.
 *
 * @param name  the variable's name, which the chunk's field keeps
 * @param type  its type
 * @param field whether it is a field of the user's class (copied as a value)
 */
public record OutsideValue(String name, JavaType type, boolean field) {

    /** How a value of this type can travel: a primitive, a primitive array, rows of one, or an object. */
    public enum Shape { SCALAR, ARRAY, ROWS, OBJECT }

    public Shape shape() {
        if (type.primitive()) {
            return Shape.SCALAR;
        }
        if (type.primitiveArray() && type.dimensions() <= 2) {
            return type.dimensions() == 2 ? Shape.ROWS : Shape.ARRAY;
        }
        return Shape.OBJECT;
    }

    /** The primitive element type of an array or rows, the type of a scalar; null for objects. */
    public JavaType element() {
        return shape() == Shape.OBJECT ? null : type.base();
    }
}
