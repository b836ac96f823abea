package io.jpar.processor.analysis;

import com.github.javaparser.ast.Node;
import java.util.List;

/**
 * A derived induction variable: a local of the method that the loop only counts up ({@code row[k++] = ...} in a
 * rectangular nest). Each iteration of the parallel loop starts it from its closed form, so it is private like any
 * other local the iteration assigns first; see {@link InductionVariables}.
 *
 * @param name         the variable
 * @param type         {@code int} or {@code long}
 * @param declaration  where the method declares it
 * @param perIteration how much one iteration adds to it, as Java source ({@code 1}, {@code 2 * Trips.inner(...)})
 * @param perIterationText the same as explain and errors say it ({@code 2 * w})
 * @param updates      its updates in the body ({@code k++}, {@code k += 2})
 */
public record Induction(String name, JavaType type, Node declaration, String perIteration, String perIterationText, List<Node> updates) {

    /**
     * The statement that starts it in the iteration of {@code outer} at index value {@code index}: its value before
     * the loop ({@code this.k}, the chunk's copy) plus the iterations before this one times {@link #perIteration}.
     */
    public String start(CanonicalLoop outer) {
        return name + " = (" + type + ") (this." + name + " + ((long) " + outer.name() + " - (" + outer.first() + ")) / ("
                + outer.step() + ") * (" + perIteration + "));";
    }
}
