package io.jpar.processor.analysis;

/**
 * A local variable of the method that the loop body reads and that is not effectively final, so the generated
 * local class must take a copy of it (a local class can only capture effectively final locals).
 */
public record Captured(String name, JavaType type) {
}
