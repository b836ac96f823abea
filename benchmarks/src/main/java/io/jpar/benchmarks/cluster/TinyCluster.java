package io.jpar.benchmarks.cluster;

import io.jpar.Parallel;
import io.jpar.Target;

/**
 * The smallest useful cluster call: one iteration per rank and one double reduced, the same data as one Allreduce
 * of a double, so its time over the Allreduce's is jpar's per-call overhead.
 */
final class TinyCluster {

    private TinyCluster() {
    }

    @Parallel(target = Target.CLUSTER)
    static double sum(int n) {
        double sum = 0.0;
        for (int i = 0; i < n; i++) {
            sum += i;
        }
        return sum;
    }
}
