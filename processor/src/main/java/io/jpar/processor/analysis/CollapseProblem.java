package io.jpar.processor.analysis;

import com.github.javaparser.ast.Node;

/**
 * Why {@code collapse = 2} does not apply to a loop nest: the fact {@code IllegalCollapse} words.
 *
 * @param kind       what is wrong
 * @param at         where: the outer loop, the inner loop's offending bound, or the inner loop's problem
 * @param outerIndex the outer loop's index
 * @param innerForm  for {@link Kind#INNER_NOT_CANONICAL}: why the inner loop has no canonical form; null otherwise
 */
public record CollapseProblem(Kind kind, Node at, String outerIndex, Finding innerForm) {

    public enum Kind {
        /** The outer loop's body is not just one for loop. */
        NOT_PERFECTLY_NESTED,
        /** The inner loop is not of the form jpar splits. */
        INNER_NOT_CANONICAL,
        /** The inner loop's start mentions the outer index. */
        INNER_START_USES_OUTER,
        /** The inner loop's limit mentions the outer index. */
        INNER_LIMIT_USES_OUTER,
        /** An index is declared before its loop. */
        INDEX_DECLARED_OUTSIDE,
        /** An index is a long. */
        NOT_INT
    }

    public int line() {
        return Lines.line(at);
    }
}
