package io.jpar.launcher;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real jobs under real faults: ranks stopped (SIGSTOP) and killed (SIGKILL), the launcher stopped (SIGTERM) and
 * killed, a rank's block throwing or running out of memory. Every job must end, name the rank, say what happened in
 * one line of jpar's own, and leave no process behind.
 */
class FaultJobTest {

    /** A job running on a thread of this JVM whose output can be waited for. */
    private static final class Running {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final ByteArrayOutputStream err = new ByteArrayOutputStream();
        final CountDownLatch ready = new CountDownLatch(1);
        final CompletableFuture<Integer> exit;

        Running(LaunchOptions options, String readyLine) {
            options.out(new PrintStream(new Watch(out, readyLine, ready), true, StandardCharsets.UTF_8))
                    .err(new PrintStream(err, true, StandardCharsets.UTF_8));
            exit = CompletableFuture.supplyAsync(() -> Launcher.run(options));
        }

        void awaitReady() throws InterruptedException {
            assertTrue(ready.await(30, TimeUnit.SECONDS), this::toString);
        }

        @Override
        public String toString() {
            return "--- out\n" + out.toString(StandardCharsets.UTF_8) + "--- err\n" + err.toString(StandardCharsets.UTF_8);
        }
    }

    /** Counts the latch down once {@code line} was written. */
    private static final class Watch extends OutputStream {
        private final ByteArrayOutputStream into;
        private final String line;
        private final CountDownLatch latch;

        Watch(ByteArrayOutputStream into, String line, CountDownLatch latch) {
            this.into = into;
            this.line = line;
            this.latch = latch;
        }

        @Override
        public synchronized void write(int b) {
            into.write(b);
            check();
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            into.write(b, off, len);
            check();
        }

        private void check() {
            if (into.toString(StandardCharsets.UTF_8).contains(line)) {
                latch.countDown();
            }
        }
    }

    /** The process of rank {@code rank} of a niodev job started by this JVM. */
    static ProcessHandle rank(int rank) {
        return Jobs.leftBehind().stream().filter(p -> {
            String[] a = p.info().arguments().orElse(new String[0]);
            for (int k = 0; k + 1 < a.length; k++) {
                if (a[k].equals(Launcher.RANK_MAIN)) {
                    return a[k + 1].equals(Integer.toString(rank));
                }
            }
            return false;
        }).findFirst().orElseThrow(() -> new AssertionError("no process of rank " + rank));
    }

    static void signal(String signal, long pid) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start();
        assertEquals(0, kill.waitFor());
    }

    @Test
    void aStoppedRankEndsItsJobWithItsRankNamedWithoutTimeout() throws Exception {
        Running job = new Running(Jobs.options(3, Device.NIODEV, "ready-sleep").timeoutSeconds(0).silenceSeconds(3),
                "ok sum");
        job.awaitReady();
        long stoppedAt = System.nanoTime();
        signal("STOP", rank(1).pid());
        int exit = job.exit.get(60, TimeUnit.SECONDS);
        long millis = (System.nanoTime() - stoppedAt) / 1_000_000;
        System.out.println("stopped rank: job ended " + millis + " ms after SIGSTOP (silence limit 3 s)");
        assertEquals(1, exit, job::toString);
        assertTrue(Pattern.compile("jpar: rank 1 stopped responding \\(no heartbeat for [34] s\\); stopping the ranks")
                .matcher(job.err.toString(StandardCharsets.UTF_8)).find(), job::toString);
        assertTrue(millis < 10_000, () -> millis + " ms\n" + job);
        assertTrue(Jobs.leftBehind().isEmpty(), () -> "left behind: " + Jobs.leftBehind());
    }

    @Test
    void aRankBusyComputingLongerThanTheSilenceLimitIsNotTakenForDead() {
        // every rank computes 6 s on 2 threads (all cores of the machine busy) against a limit of 2 s
        Jobs.Result r = Jobs.run(Jobs.options(3, Device.NIODEV, "spin", "6000").silenceSeconds(2));
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("ok spun on every rank"), r::toString);
        assertTrue(r.millis() > 6000, r::toString);
    }

    @Test
    void aKilledRankGivesOneLineAndNoStackTraces() throws Exception {
        Running job = new Running(Jobs.options(3, Device.NIODEV, "spin", "20000"), "[rank 2] spinning");
        job.awaitReady();
        signal("KILL", rank(2).pid());
        int exit = job.exit.get(30, TimeUnit.SECONDS);
        assertEquals(137, exit, job::toString);
        String err = job.err.toString(StandardCharsets.UTF_8);
        assertEquals("jpar: rank 2 was killed (SIGKILL); stopping the other ranks\n", err, job::toString);
        assertTrue(Jobs.leftBehind().isEmpty(), () -> "left behind: " + Jobs.leftBehind());
    }

    @Test
    void anExceptionOfRank2sBlockIsReportedAsRank2sWithTheCallersFrames() {
        Jobs.Result r = Jobs.run(3, Device.NIODEV, "rank-throws", "2");
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.err().contains("jpar: rank 2 failed, in a cluster call of rank 0:\n"
                + "java.lang.IllegalStateException: thrown on rank 2"), r::toString);
        assertFalse(r.err().contains("jpar: rank 0 failed"), r::toString);
        assertTrue(r.err().contains("at io.jpar.launcher.jobs.TestChunks$ThrowsOnRank.run(TestChunks.java:"),
                r::toString);                                                   // the remote stack
        assertTrue(r.err().contains("Suppressed: io.jpar.runtime.cluster.ThrownOnRank: jpar: thrown in the block "
                + "of rank 2 of the cluster loop JobMain.java:Ranked; the call's frames on rank 0:"), r::toString);
        assertTrue(r.err().contains("at io.jpar.launcher.jobs.JobMain.main(JobMain.java:"), r::toString);
    }

    @Test
    void anOutOfMemoryErrorOfRank2sBlockIsReportedAsRank2s() {
        Jobs.Result r = Jobs.run(Jobs.options(3, Device.NIODEV, "rank-oom", "2").jvmOption("-Xmx256m"));
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.err().contains("jpar: rank 2 failed, in a cluster call of rank 0:\n"
                + "java.lang.OutOfMemoryError: Java heap space"), r::toString);
        assertTrue(r.err().contains("at io.jpar.launcher.jobs.JobMain.main(JobMain.java:"), r::toString);
        assertTrue(Jobs.leftBehind().isEmpty(), () -> "left behind: " + Jobs.leftBehind());
    }

    /** The launcher as a process of its own, so that it can be signalled. */
    private static Process launcher(String token, File err) throws IOException {
        String self = Jobs.where(Launcher.class);
        List<String> command = new ArrayList<>(List.of(
                javaExecutable(), "-cp", self, Launcher.class.getName(),
                "-np", "3", "-cp", Jobs.classPath(), io.jpar.launcher.jobs.JobMain.class.getName(), "ready-sleep",
                token));
        return new ProcessBuilder(command).redirectError(err).start();
    }

    private static String javaExecutable() {
        return java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The rank processes of the job whose arguments hold {@code token}, wherever they were reparented. */
    private static List<ProcessHandle> ranksOf(String token) {
        return ProcessHandle.allProcesses().filter(p -> p.isAlive() && p.info().arguments()
                .map(a -> List.of(a).contains(token) && List.of(a).contains(Launcher.RANK_MAIN)).orElse(false))
                .toList();
    }

    private static String readyLine(Process p) throws IOException {
        StringBuilder seen = new StringBuilder();
        var in = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null; ) {
            seen.append(line).append('\n');
            if (line.startsWith("ok sum")) {
                return seen.toString();
            }
        }
        throw new AssertionError("the job ended before it was ready:\n" + seen);
    }

    @Test
    void sigtermToTheLauncherSaysTheLauncherWasStoppedAndStopsEveryRank() throws Exception {
        String token = "token-" + System.nanoTime();
        File errFile = File.createTempFile("jpar-launcher", ".err");
        errFile.deleteOnExit();
        Process launcher = launcher(token, errFile);
        readyLine(launcher);
        assertEquals(3, ranksOf(token).size());
        launcher.destroy();                                                   // SIGTERM
        assertTrue(launcher.waitFor(20, TimeUnit.SECONDS));
        String err = java.nio.file.Files.readString(errFile.toPath());
        assertEquals(143, launcher.exitValue(), err);
        assertEquals("jpar: the launcher was stopped (SIGTERM, SIGINT or SIGHUP); stopping all ranks\n", err);
        assertTrue(ranksOf(token).isEmpty(), () -> "left behind: " + ranksOf(token));
    }

    @Test
    void ranksOfAKilledLauncherEndThemselves() throws Exception {
        String token = "token-" + System.nanoTime();
        File errFile = File.createTempFile("jpar-launcher", ".err");
        errFile.deleteOnExit();
        Process launcher = launcher(token, errFile);
        readyLine(launcher);
        List<ProcessHandle> ranks = ranksOf(token);
        assertEquals(3, ranks.size());
        launcher.destroyForcibly();                                           // SIGKILL: no shutdown hook
        long killedAt = System.nanoTime();
        for (ProcessHandle rank : ranks) {
            Optional<ProcessHandle> gone = Optional.ofNullable(rank.onExit().get(20, TimeUnit.SECONDS));
            assertTrue(gone.isPresent() && !rank.isAlive());
        }
        System.out.println("killed launcher: its ranks ended " + (System.nanoTime() - killedAt) / 1_000_000
                + " ms later");
    }
}
