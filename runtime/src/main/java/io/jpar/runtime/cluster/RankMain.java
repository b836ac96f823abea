package io.jpar.runtime.cluster;

import io.jpar.runtime.cluster.mpj.MpjRank;

/**
 * The main class of every rank of a cluster job: {@code RankMain <MPJ's arguments> <user main class> <args...>}.
 * Rank 0 runs the user's {@code main}; the others serve its cluster calls until it ends. Exit codes are honest:
 * 0 when the rank succeeded, 1 after printing the failure with its rank, or the code of the user's
 * {@code System.exit}. A niodev rank ends its JVM itself (MPJ Express leaves non-daemon threads behind); a
 * multicore rank (a thread) ends the JVM only when it fails, so one failed rank fails the job.
 */
public final class RankMain {

    private RankMain() {
    }

    public static void main(String[] args) {
        int code = MpjRank.run(args);
        System.out.flush();
        System.err.flush();
        if (code != 0 || !MpjRank.multicore(args)) {
            System.exit(code);
        }
    }
}
