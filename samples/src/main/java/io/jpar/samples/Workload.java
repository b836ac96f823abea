package io.jpar.samples;

import java.util.function.Supplier;

/**
 * One sample at one size, as the runner measures it: the call of the annotated method, run once sequentially
 * and once in parallel, and how the two results are compared.
 */
public record Workload<T>(String name, String size, Supplier<T> call, Comparison<T> comparison) {
}
