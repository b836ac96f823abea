/**
 * jpar's runtime, shared by every target: what generated code and users call, and what backends share.
 *
 * <ul>
 *   <li>For generated code and users: {@link io.jpar.runtime.LoopSite} (one per parallel loop, with its
 *       statistics), {@link io.jpar.runtime.Relation}, {@link io.jpar.runtime.Jpar} (sequential runs, the
 *       thread count in force).
 *   <li>For backends: {@link io.jpar.runtime.Config} (settings: property, then environment, then
 *       annotation), {@link io.jpar.runtime.Fallback} (warn once or fail), {@link io.jpar.runtime.ArrayOverlap}
 *       (arrays a loop would race on), {@link io.jpar.runtime.InlineContext} (where loops must run inline),
 *       {@link io.jpar.runtime.LoopStats} (counters and the cost estimate).
 * </ul>
 *
 * <p>With {@code jpar.stats=true} a table of every loop that ran is printed to stderr at exit.
 */
package io.jpar.runtime;
