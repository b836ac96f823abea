package io.jpar.benchmarks.cluster;

import io.jpar.Parallel;
import io.jpar.Target;
import mpi.MPI;

/**
 * MPJ Express's own Allreduce of one double, measured in the same job as jpar's calls, the baseline of the per-call
 * overhead. The other ranks of a jpar job serve rank 0's calls and run no user code of their own, so the probe
 * runs inside a cluster loop of one iteration per rank: every rank's block runs {@link #allreduceNanos} at the same
 * time, and the Allreduces meet. Each rank reads its own {@code MPI.COMM_WORLD}, which MPJ Express set up in that
 * rank, which is what a collective needs.
 */
final class MpiProbe {

    private MpiProbe() {
    }

    /** The slowest rank's time for {@code times} Allreduces of one double, in nanoseconds. */
    // each rank calls its own communicator: vouched for, since jpar cannot see into MPJ Express
    @Parallel(target = Target.CLUSTER, trust = "MPI.COMM_WORLD.Allreduce")
    static long allreduce(int ranks, int times) {
        long slowest = 0;
        for (int r = 0; r < ranks; r++) {
            slowest = Math.max(slowest, allreduceNanos(times));
        }
        return slowest;
    }

    /** {@code times} Allreduces of one double on this rank's world communicator, after as many to warm up. */
    static long allreduceNanos(int times) {
        double[] send = {1.0};
        double[] receive = new double[1];
        for (int i = 0; i < times; i++) {
            MPI.COMM_WORLD.Allreduce(send, 0, receive, 0, 1, MPI.DOUBLE, MPI.SUM);
        }
        long start = System.nanoTime();
        for (int i = 0; i < times; i++) {
            MPI.COMM_WORLD.Allreduce(send, 0, receive, 0, 1, MPI.DOUBLE, MPI.SUM);
        }
        return System.nanoTime() - start;
    }

    /** The number of ranks of the job this JVM belongs to (rank 0 asks its own communicator). */
    static int ranks() {
        return MPI.COMM_WORLD.Size();
    }
}
