package io.jpar.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The processes of one job and the rules of its exit code: 0 only if every process ended with 0; otherwise the
 * code of the first one that failed, after the others were stopped. A timeout stops all and fails the job. No
 * process is left behind: stopping destroys each process with its descendants, and a shutdown hook does the
 * same if the launcher's JVM ends first.
 */
final class RankProcesses {

    /** The job's exit code when it ran past its timeout (as timeout(1)). */
    static final int TIMED_OUT = 124;

    private static final long POLL_MILLIS = 20;
    private static final long KILL_AFTER_MILLIS = 2000;

    private final List<Process> processes = new ArrayList<>();
    private final List<Integer> ranks = new ArrayList<>();
    private final List<Thread> pumps = new ArrayList<>();
    private final Thread hook = new Thread(this::launcherStopped, "jpar-launcher-cleanup");
    private final PrintStream err;
    /** Set when the launcher's own JVM is ending (SIGTERM, Ctrl-C): the ranks' ends are then its doing. */
    private volatile boolean stopping;

    RankProcesses(PrintStream err) {
        this.err = err;
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Starts one process; its output goes to out and err, each line after {@code prefix}. */
    void start(int rank, List<String> command, Map<String, String> env, PrintStream out, String prefix)
            throws IOException {
        start(rank, command, env, out, prefix, line -> false);
    }

    /**
     * A rank that runs a GPU loop on PoCL must start as io.jpar.runtime.gpu.PoclSafety requires, or its loops fall
     * back: PoCL's SIGFPE handler off, HotSpot's signal-chaining library preloaded (from the rank's own JDK).
     * Settings the user gave win.
     */
    private static void startedForPocl(String executable, Map<String, String> environment) {
        java.nio.file.Path bin = java.nio.file.Path.of(executable).toAbsolutePath().getParent();
        if (bin == null || !bin.getFileName().toString().equals("bin") || bin.getParent() == null) {
            return;
        }
        java.nio.file.Path jsig = bin.getParent().resolve("lib").resolve("libjsig.so");
        if (java.nio.file.Files.isRegularFile(jsig)) {
            environment.putIfAbsent("LD_PRELOAD", jsig.toString());
        }
        environment.putIfAbsent("POCL_SIGFPE_HANDLER", "0");
    }

    /** Like {@link #start(int, List, Map, PrintStream, String)}; lines that {@code swallow} accepts are not printed. */
    void start(int rank, List<String> command, Map<String, String> env, PrintStream out, String prefix,
               Predicate<String> swallow) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(env);
        startedForPocl(command.get(0), builder.environment());
        Process p;
        try {
            p = builder.start();
        } catch (IOException | RuntimeException e) {
            // the ranks already started would wait at the rendezvous for one that never comes: stop them now
            abort();
            throw e;
        }
        processes.add(p);
        ranks.add(rank);
        p.getOutputStream().close();
        OutputPump o = new OutputPump(p.getInputStream(), out, prefix, "jpar-out-" + rank, swallow);
        OutputPump e = new OutputPump(p.getErrorStream(), err, prefix, "jpar-err-" + rank, line -> false);
        pumps.add(o);
        pumps.add(e);
        o.start();
        e.start();
    }

    /**
     * Waits for the job. {@code firstRankGrace}: how long the others may run on after the process of rank 0
     * ended with 0 (they must end by themselves once rank 0 stopped them); -1 to wait for all.
     *
     * @param failed a check made while waiting: why the job cannot go on (its rendezvous failed), else null
     * @return the job's exit code
     */
    int await(long timeoutSeconds, long firstRankGrace, Supplier<String> failed) {
        long deadline = timeoutSeconds > 0 ? System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds)
                : Long.MAX_VALUE;
        long rank0EndedAt = -1;
        try {
            while (true) {
                boolean allEnded = true;
                for (int k = 0; k < processes.size(); k++) {
                    Process p = processes.get(k);
                    if (p.isAlive()) {
                        allEnded = false;
                    } else if (stopping) {
                        return p.exitValue();       // the shutdown hook said why and stops the rest
                    } else if (p.exitValue() != 0) {
                        int code = p.exitValue();
                        err.println("jpar: rank " + ranks.get(k) + ended(code)
                                + (processes.size() > 1 ? "; stopping the other ranks" : ""));
                        return code;
                    } else if (ranks.get(k) == 0 && rank0EndedAt < 0) {
                        rank0EndedAt = System.nanoTime();
                    }
                }
                if (allEnded) {
                    return 0;
                }
                String problem = failed.get();
                if (problem != null) {
                    err.println("jpar: " + problem + "; stopping the ranks");
                    return 1;
                }
                if (rank0EndedAt >= 0 && firstRankGrace >= 0
                        && System.nanoTime() - rank0EndedAt > TimeUnit.MILLISECONDS.toNanos(firstRankGrace)) {
                    err.println("jpar: rank 0 ended but other ranks were still running " + firstRankGrace
                            + " ms later; stopping them");
                    return 1;
                }
                if (System.nanoTime() > deadline) {
                    err.println("jpar: the job ran past its timeout of " + timeoutSeconds + " s; stopping all ranks");
                    return TIMED_OUT;
                }
                Thread.sleep(POLL_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("jpar: interrupted; stopping all ranks");
            return 1;
        } finally {
            destroyAll();
            for (Thread pump : pumps) {
                try {
                    pump.join(KILL_AFTER_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down: the hook runs anyway
            }
        }
    }

    /** How a rank's process ended, in words: its exit code, or the signal that ended it. */
    static String ended(int code) {
        return switch (code) {
            case 128 + 9 -> " was killed (SIGKILL)";
            case 128 + 15 -> " was stopped by SIGTERM";
            case 128 + 2 -> " was interrupted (SIGINT)";
            case 128 + 6 -> " aborted (SIGABRT: a crash of its JVM)";
            case 128 + 11 -> " crashed (SIGSEGV)";
            default -> " ended with exit code " + code;
        };
    }

    /** The shutdown hook: the launcher's JVM ends before the job did (SIGTERM, Ctrl-C). */
    private void launcherStopped() {
        stopping = true;
        err.println("jpar: the launcher was stopped (SIGTERM, SIGINT or SIGHUP); stopping all ranks");
        destroyAll();
    }

    /** Stops every process started so far and forgets the shutdown hook: the job will not be awaited. */
    private void abort() {
        destroyAll();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook runs anyway
        }
    }

    /** Stops every process and its descendants: politely, then by force after two seconds. */
    void destroyAll() {
        List<ProcessHandle> all = new ArrayList<>();
        for (Process p : processes) {
            p.descendants().forEach(all::add);
            all.add(p.toHandle());
        }
        all.forEach(ProcessHandle::destroy);
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(KILL_AFTER_MILLIS);
        for (ProcessHandle h : all) {
            while (h.isAlive() && System.nanoTime() < until) {
                try {
                    Thread.sleep(POLL_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            if (h.isAlive()) {
                h.destroyForcibly();
            }
        }
        for (ProcessHandle h : all) {
            try {
                h.onExit().get(KILL_AFTER_MILLIS, TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                // reported as left behind below
            }
            if (h.isAlive()) {
                err.println("jpar: process " + h.pid() + " did not end after SIGKILL");
            }
        }
    }
}
