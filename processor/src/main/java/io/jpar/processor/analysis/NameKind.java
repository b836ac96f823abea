package io.jpar.processor.analysis;

/** What a simple name used in a loop refers to. */
public enum NameKind {
    /** The parallel loop's index (or the collapsed inner index). */
    INDEX,
    /** A variable declared inside the loop body, or a {@link Privatized} local: private to one iteration. */
    BODY_LOCAL,
    /** A local variable or parameter of the method, declared outside the loop: shared by all iterations. */
    OUTER_LOCAL,
    /** A field (or a statically imported constant): shared by all iterations. */
    FIELD
}
