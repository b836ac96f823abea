package io.jpar.samples;

/** The runner's findings for one workload: its two timings and whether the results agree. */
public record Measurement(String name, String size, long sequentialNanos, long parallelNanos, Verdict verdict) {

    public double speedup() {
        return (double) sequentialNanos / parallelNanos;
    }
}
