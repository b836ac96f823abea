package io.jpar.runtime.cluster;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The cluster job this rank belongs to, if any: set by {@link RankMain} once MPJ Express is initialized. Static
 * state is per rank: a JVM per rank (niodev), or a class loader per rank (multicore).
 */
public final class ClusterJob {

    /** One call at a time on rank 0: the messages of two calls must not interleave. */
    static final ReentrantLock CALLS = new ReentrantLock();

    private static volatile Transport transport;
    private static volatile boolean stopped;

    private ClusterJob() {
    }

    /** Joins this rank to a job (called once, by the rank's start-up). */
    public static void start(Transport t) {
        Protocol.forgetLoops();
        transport = t;
        stopped = false;
    }

    /** The job's transport, or null when this JVM is not (or no longer) a rank of a running job. */
    static Transport current() {
        return stopped ? null : transport;
    }

    /** Whether this JVM runs as a rank of a cluster job. */
    public static boolean active() {
        return current() != null;
    }

    /** Whether the job was started and rank 0 has not stopped it yet (then a loop runs on this rank's CPU). */
    static boolean stopped() {
        return stopped;
    }

    /** On a rank other than 0: serves rank 0's calls until rank 0 stops the job. */
    public static void serve() {
        Server.serve(transport);
        stopped = true;
    }

    /**
     * On rank 0: tells the other ranks to stop serving. Waits up to {@code waitMillis} for a call in progress
     * on another thread; returns false when it could not stop them (they are then stopped by the launcher).
     */
    public static boolean stop(long waitMillis) {
        Transport t = transport;
        if (t == null || stopped) {
            return true;
        }
        try {
            if (!CALLS.tryLock(waitMillis, TimeUnit.MILLISECONDS)) {
                return false;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        try {
            if (!stopped) {
                stopped = true;
                if (t.size() > 1) {
                    Protocol.sendHeader(t, new Pack(4).putByte(Protocol.STOP));
                }
            }
            return true;
        } finally {
            CALLS.unlock();
        }
    }
}
