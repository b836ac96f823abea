package io.jpar.launcher;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Starts a CLUSTER job: {@code np} ranks of a user's program on MPJ Express, each running
 * {@code io.jpar.runtime.cluster.RankMain} (rank 0 runs the user's {@code main}, the others serve its cluster
 * loops). Local jobs need no daemon: niodev ranks are JVMs of this host that meet at a rendezvous this launcher
 * serves on an ephemeral port; multicore ranks are threads of one JVM. With {@code -machines}, MPJ Express's own
 * starter places the ranks on hosts that run its daemons.
 *
 * <p>Exit code: 0 only if every rank succeeded; else the first failing rank's code (1 for an exception, whose
 * stack trace the rank printed with its number; n for {@code System.exit(n)}), after the other ranks were stopped;
 * 124 when the job ran past {@code -timeout}; 1 when a rank of a local job went silent past {@code -silence}
 * (see {@link JobLink}); 128 + n for a rank ended by signal n; 2 for bad options. Lines of ranks other than 0 start
 * with {@code [rank r] }.
 */
public final class Launcher {

    /** Exit code for options that cannot start a job. */
    public static final int BAD_OPTIONS = 2;

    static final String RANK_MAIN = "io.jpar.runtime.cluster.RankMain";
    /** Mirrors io.jpar.runtime.cluster.mpj.MpjRank (the launcher does not depend on the runtime). */
    static final String REPORT_PROPERTY = "jpar.rank.report";
    static final String DONE_MARKER = "jpar-rank-done ";
    private static final String[] MULTICORE_JARS = {"smpdev.jar", "xdev.jar", "mpjbuf.jar", "loader2.jar",
        "starter.jar", "mpiExp.jar"};

    private Launcher() {
    }

    public static void main(String[] argv) {
        int code;
        try {
            code = run(LaunchOptions.parse(argv));
        } catch (LaunchException e) {
            System.err.println(e.getMessage());
            code = BAD_OPTIONS;
        }
        System.exit(code);
    }

    /**
     * Runs a job to its end and returns its exit code.
     *
     * @throws LaunchException when the options cannot start a job (the message says why)
     */
    public static int run(LaunchOptions o) {
        o.validate();
        Path home = MpjHome.resolve(o);
        String classPath = o.classPath();
        MpjHome.requireRuntime(classPath);
        try {
            if (o.machines() != null) {
                return runWithDaemons(o, home, classPath);
            }
            return o.device() == Device.MULTICORE ? runMulticore(o, home, classPath) : runNiodev(o, home, classPath);
        } catch (IOException e) {
            o.err().println("jpar: could not start the ranks: " + e.getMessage());
            return 1;
        }
    }

    private static List<String> javaCommand(LaunchOptions o) {
        List<String> command = new ArrayList<>();
        command.add(o.java());
        command.addAll(o.jvmOptions());
        return command;
    }

    private static int runNiodev(LaunchOptions o, Path home, String classPath) throws IOException {
        String cp = classPath + File.pathSeparator + MpjHome.lib(home, "mpj.jar") + File.pathSeparator
                + MpjHome.lib(home, "log4j-1.2.jar");
        try (JobLink link = new JobLink(o.host(), o.np(), TimeUnit.SECONDS.toMillis(o.silenceSeconds()))) {
            RankProcesses job = new RankProcesses(o.err());
            Map<String, String> env = new HashMap<>(link.environment());
            env.put("MPJ_HOME", home.toString());
            for (int rank = 0; rank < o.np(); rank++) {
                List<String> command = new ArrayList<>(o.rankPrefix().apply(rank));
                command.addAll(javaCommand(o));
                command.addAll(List.of("-cp", cp, RANK_MAIN, Integer.toString(rank), link.configuration(), "niodev",
                        o.mainClass()));
                command.addAll(o.args());
                job.start(rank, command, env, o.out(), rank == 0 ? "" : "[rank " + rank + "] ");
            }
            return job.await(o.timeoutSeconds(), o.stopGraceMillis(), link::failure);
        }
    }

    private static int runMulticore(LaunchOptions o, Path home, String classPath) throws IOException {
        List<String> starter = new ArrayList<>();
        for (String jar : MULTICORE_JARS) {
            starter.add(MpjHome.lib(home, jar).toString());
        }
        List<String> command = javaCommand(o);
        command.addAll(List.of("-cp", String.join(File.pathSeparator, starter), "runtime.starter.MulticoreStarter",
                Path.of("").toAbsolutePath().toString(), Integer.toString(o.np()), "smpdev", "useLocalLoader",
                classPath, RANK_MAIN, o.mainClass()));
        command.addAll(o.args());
        try (JobLink link = new JobLink("127.0.0.1", o.np(), TimeUnit.SECONDS.toMillis(o.silenceSeconds()))) {
            Map<String, String> env = new HashMap<>(link.environment());
            env.put("MPJ_HOME", home.toString());
            RankProcesses job = new RankProcesses(o.err());
            job.start(0, command, env, o.out(), "");  // ranks prefix their own lines
            return job.await(o.timeoutSeconds(), -1, link::failure);
        }
    }

    /**
     * Through MPJ Express's starter and the daemons of the machines file (see docs/ARCHITECTURE.md). That starter
     * ends with 0 whatever the ranks did, so each rank reports its success in a line the launcher reads: the job
     * fails (exit 1) unless every rank did.
     */
    private static int runWithDaemons(LaunchOptions o, Path home, String classPath) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(o.java());
        command.addAll(List.of("-jar", MpjHome.lib(home, "starter.jar").toString(), "-np", Integer.toString(o.np()),
                "-dev", o.device().mpjName(), "-machinesfile", o.machines().toAbsolutePath().toString(),
                "-wdir", Path.of("").toAbsolutePath().toString()));
        command.addAll(o.jvmOptions());
        command.addAll(List.of("-D" + REPORT_PROPERTY + "=true", "-cp", classPath, RANK_MAIN, o.mainClass()));
        command.addAll(o.args());
        Set<String> done = ConcurrentHashMap.newKeySet();
        RankProcesses job = new RankProcesses(o.err());
        job.start(0, command, Map.of("MPJ_HOME", home.toString()), o.out(), "", line -> {
            if (line.startsWith(DONE_MARKER)) {
                done.add(line.substring(DONE_MARKER.length()).trim());
                return true;
            }
            return false;
        });
        int code = job.await(o.timeoutSeconds(), -1, () -> null);
        if (code != 0) {
            return code;
        }
        List<String> missing = new ArrayList<>();
        for (int rank = 0; rank < o.np(); rank++) {
            if (!done.contains(Integer.toString(rank))) {
                missing.add(Integer.toString(rank));
            }
        }
        if (!missing.isEmpty()) {
            o.err().println("jpar: rank(s) " + String.join(", ", missing) + " did not end successfully (MPJ Express's "
                    + "starter does not pass exit codes on, so a System.exit(n) there reads as 1)");
            return 1;
        }
        return 0;
    }
}
