package io.jpar.processor.emit.cpu;

import io.jpar.processor.analysis.JavaType;
import io.jpar.processor.analysis.Reduction;

/**
 * A field of a generated chunk class: a reduction's partial, or an outside value the body reads.
 *
 * @param name      the variable's name (the body reads the field by it)
 * @param type      its declared type
 * @param isFinal   whether the field is final (a CPU copy of a local; targets that move values assign them)
 * @param reduction the reduction it holds; null for a value
 */
public record ChunkField(String name, JavaType type, boolean isFinal, Reduction reduction) {
}
