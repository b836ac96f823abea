package io.jpar.samples;

import java.util.Objects;
import java.util.function.Function;

/** How a sample's parallel result is compared with its sequential result. */
@FunctionalInterface
public interface Comparison<T> {

    /** The unit roundoff of double: the largest relative error of one rounded operation. */
    double UNIT_ROUNDOFF = Math.ulp(1.0) / 2;

    Verdict compare(T sequential, T parallel);

    /** Equal values (arrays element by element, nested arrays too); {@code show} names the value. */
    static <T> Comparison<T> exact(Function<T, String> show) {
        return (sequential, parallel) -> Objects.deepEquals(sequential, parallel)
                ? new Verdict(true, "equal: " + show.apply(sequential))
                : new Verdict(false, "DIFFERENT: " + show.apply(sequential) + " vs " + show.apply(parallel));
    }

    /**
     * A sum of {@code terms} non-negative terms, then one more rounded operation, computed in two groupings.
     * Any order of recursive summation is within gamma(k) = k u / (1 - k u) times the sum of the terms'
     * magnitudes of the exact sum (Higham, Accuracy and Stability of Numerical Algorithms, 4.2), and for
     * non-negative terms that sum is the result itself; two groupings are therefore at most
     * 2 gamma(terms + 1) |result| apart.
     */
    static Comparison<Double> withinReassociation(long terms) {
        double ku = (terms + 1) * UNIT_ROUNDOFF;
        double relativeBound = 2 * ku / (1 - ku);
        return (sequential, parallel) -> {
            double difference = Math.abs(sequential - parallel);
            double bound = relativeBound * Math.abs(sequential);
            if (difference == 0) {
                return new Verdict(true, "equal: " + sequential);
            }
            String text = String.format("%s, %.1e from sequential (bound %.1e)", parallel, difference, bound);
            return new Verdict(difference <= bound, difference <= bound ? text : "DIFFERENT: " + text);
        };
    }
}
