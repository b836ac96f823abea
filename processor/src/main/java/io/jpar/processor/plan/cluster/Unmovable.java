package io.jpar.processor.plan.cluster;

import com.github.javaparser.ast.Node;

/**
 * Something a CLUSTER loop would have to move that jpar cannot move between JVMs; the CLUSTER checks turn each
 * kind into a refusal with its own message.
 *
 * @param kind   what is wrong
 * @param at     where
 * @param name   the variable
 * @param detail the specifics: the access, the message, or the type of the array
 */
public record Unmovable(Kind kind, Node at, String name, String detail) {

    public enum Kind {
        /** A value whose type jpar cannot tell, or a name it cannot resolve. */
        UNKNOWN_VALUE,
        /** Elements written into an array that is not of primitives (or of rows of primitives). */
        OBJECT_ARRAY_WRITE,
        /** A primitive array written at an index that is not {@code scale * i + offset} in the distributed index. */
        UNGATHERABLE_WRITE,
        /** A row of a 2-D array replaced by another array: rows come back element by element, into rank 0's rows. */
        ROW_REPLACED,
        /** A reduction of a type other than a primitive or a primitive array ({@code String s += ...}, {@code Integer}). */
        OBJECT_REDUCTION
    }
}
