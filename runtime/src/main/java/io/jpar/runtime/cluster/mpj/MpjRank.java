package io.jpar.runtime.cluster.mpj;

import io.jpar.runtime.cluster.ClusterJob;
import io.jpar.runtime.cluster.RankOutput;
import io.jpar.runtime.cluster.ThrownOnRank;
import mpi.MPI;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;

/** The life of one rank on MPJ Express: Init, rank 0 runs the user's main while the others serve, stop, Finalize. */
public final class MpjRank {

    /**
     * Set by the launcher for jobs started by MPJ Express's own starter, which does not pass exit codes on: each
     * rank that succeeded then prints {@value #DONE_MARKER} and its rank, and the launcher fails the job unless
     * every rank did.
     */
    public static final String REPORT_PROPERTY = "jpar.rank.report";
    public static final String DONE_MARKER = "jpar-rank-done ";

    /** How long rank 0 waits, when the JVM exits early, to tell the other ranks to stop. */
    private static final long STOP_ON_EXIT_MILLIS = 500;

    private MpjRank() {
    }

    /** Whether these are the arguments of a multicore (smpdev) rank: a thread, not a JVM of its own. */
    public static boolean multicore(String[] args) {
        return args.length > 2 && "smpdev".equals(args[2]);
    }

    /**
     * Runs this rank; returns its exit code: 0, or 1 after printing the failure with the rank. {@code args} are
     * MPJ's three ({@code <rank> <conf|np> <device>}), then the user's main class and its arguments.
     */
    public static int run(String[] args) {
        int rank = -1;
        try {
            if (args.length < 4) {
                throw new IllegalArgumentException("jpar: RankMain needs MPJ Express's arguments (rank, "
                        + "configuration, device) and a main class; got " + Arrays.toString(args)
                        + ". Start jobs with the jpar launcher.");
            }
            rank = Integer.parseInt(args[0].trim());
            if (multicore(args)) {
                RankOutput.install(rank);
            }
            LauncherLink link = LauncherLink.connect(rank);
            if (link != null && "niodev".equals(args[2])) {
                args = link.relay(args);
                String unbound = link.loopback() ? NiodevLoopback.install(MpjRank.class.getClassLoader()) : null;
                if (unbound != null && rank == 0) {
                    System.err.println("jpar: MPJ Express's ports of this local job listen on every interface "
                            + "during MPI.Init: " + unbound);
                }
            }
            String[] rest = MPI.Init(args);
            rank = MPI.COMM_WORLD.Rank();
            ClusterJob.start(new MpjTransport(MPI.COMM_WORLD));
            if (rank == 0) {
                if (!multicore(args)) {
                    Runtime.getRuntime().addShutdownHook(new Thread(MpjRank::stopOnExit, "jpar-stop-ranks"));
                }
                runMain(rest);
                ClusterJob.stop(Long.MAX_VALUE);
            } else {
                ClusterJob.serve();
            }
            MPI.Finalize();
            if (Boolean.getBoolean(REPORT_PROPERTY)) {
                System.out.println(DONE_MARKER + rank);
            }
            return 0;
        } catch (Throwable e) {
            System.out.flush();
            ThrownOnRank thrower = ThrownOnRank.of(e);
            System.err.println(thrower == null ? "jpar: rank " + rank + " failed:"
                    : "jpar: rank " + thrower.rank() + " failed, in a cluster call of rank " + rank + ":");
            e.printStackTrace();
            if (thrower != null && thrower.detached()) {
                System.err.print("\tSuppressed: ");
                thrower.printStackTrace();
            }
            System.err.flush();
            return 1;
        }
    }

    /** The user's main, by reflection; its own exception (not the reflective wrapper) on failure. */
    private static void runMain(String[] rest) throws Throwable {
        if (rest.length == 0) {
            throw new IllegalArgumentException("jpar: no main class given to RankMain");
        }
        Class<?> main;
        try {
            main = Class.forName(rest[0], true, MpjRank.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("jpar: main class " + rest[0] + " not found on the class path of "
                    + "the ranks (" + System.getProperty("java.class.path") + ")");
        }
        Method method;
        try {
            method = main.getMethod("main", String[].class);
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException("jpar: class " + rest[0] + " has no public static void main"
                    + "(String[])");
        }
        if (!Modifier.isStatic(method.getModifiers())) {
            throw new IllegalArgumentException("jpar: " + rest[0] + ".main(String[]) is not static");
        }
        method.setAccessible(true);
        try {
            method.invoke(null, (Object) Arrays.copyOfRange(rest, 1, rest.length));
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** Rank 0's JVM exits (System.exit in the user's code): stop the other ranks first, within a few seconds. */
    private static void stopOnExit() {
        if (!ClusterJob.active()) {
            return;
        }
        Thread stopper = new Thread(() -> {
            try {
                if (ClusterJob.stop(STOP_ON_EXIT_MILLIS)) {
                    MPI.Finalize();
                }
            } catch (Throwable e) {
                // another rank is gone already (the launcher stops the job): nothing to tell it, nothing to print
            }
        }, "jpar-stop");
        stopper.setDaemon(true);
        stopper.start();
        try {
            stopper.join(2 * STOP_ON_EXIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
