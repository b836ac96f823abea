package io.jpar.processor.analysis;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.NameExpr;
import java.util.List;

/**
 * A local of the method that the loop changes only by reduction-shaped updates ({@code s += e}, {@code m =
 * Math.max(m, e)}, ...): the fact the reduction checks judge. It is a reduction when all updates share one operator
 * ({@code -} reducing as {@code +}) and nothing else in the loop reads it.
 *
 * @param name       the variable
 * @param updates    its updates, in source order
 * @param otherReads reads of it in the loop outside those updates
 */
public record ReductionUpdates(String name, List<Update> updates, List<NameExpr> otherReads) {

    /** One update: the statement's expression and its operator ({@code +}, {@code -}, {@code max}, {@code if >}, ...). */
    public record Update(Node node, String operator) {

        public int line() {
            return Lines.line(node);
        }

        /** The update as a user wrote it, short. */
        public String text() {
            return Quote.statement(node);
        }
    }

    /** The operator family of an update: {@code -} reduces like {@code +}. */
    public static String family(String operator) {
        return operator.equals("-") ? "+" : operator;
    }

    /** Whether every update uses the first one's operator family. */
    public boolean oneOperator() {
        String first = family(updates.get(0).operator());
        return updates.stream().allMatch(u -> family(u.operator()).equals(first));
    }
}
