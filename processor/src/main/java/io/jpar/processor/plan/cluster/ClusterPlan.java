package io.jpar.processor.plan.cluster;

import java.util.List;

/**
 * How a CLUSTER loop's data moves (docs/ARCHITECTURE.md, "Generated code for the CLUSTER target"): the values the
 * chunk holds as fields, and the calls of its {@code move} method, in order.
 *
 * @param distributed the index that ranks split into blocks (the outer one under collapse)
 * @param collapsed   whether the loop is a collapsed pair (only the outer index is split between ranks)
 * @param values      every outside value the body reads, in field order (reductions not included)
 * @param moves       the calls of {@code move}: broadcast scalars, objects, arrays, then reductions
 * @param problems    what cannot travel to other JVMs; a loop with problems is refused (check.ClusterChecks)
 */
public record ClusterPlan(String distributed, boolean collapsed, List<OutsideValue> values, List<Move> moves,
                          List<Unmovable> problems) {
}
