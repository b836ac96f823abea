package io.jpar.processor.analysis;

import com.github.javaparser.ast.Node;

/**
 * A short-circuit reduction ({@code found = found || p(x)}) whose right operand may have effects or throw: the
 * sequential loop stops evaluating it once the variable is decided, a parallel chunk would not. The fact
 * {@code ShortCircuitEffects} words.
 *
 * @param name     the reduction variable
 * @param at       the update
 * @param operator {@code &&} or {@code ||}
 * @param index    the parallel loop's index (array reads at it are safe)
 */
public record SkippedEvaluation(String name, Node at, String operator, String index) {

    public int line() {
        return Lines.line(at);
    }
}
