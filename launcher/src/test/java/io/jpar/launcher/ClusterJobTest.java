package io.jpar.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real jobs on MPJ Express with 3 ranks on this host: results equal to the sequential loops (each job checks
 * its results against the sequential computation and fails otherwise), honest exit codes, nothing left behind.
 */
class ClusterJobTest {

    private static final String[] RESULTS = {"ok sum", "ok scatter/broadcast/gather of double[]",
        "ok strided scatter then gather of long[]", "ok array reduction, double sum, max",
        "ok rows: scatter a, broadcast b, gather c", "ok collapse = 2 over rows",
        "ok downward long loop with an object", "ok gather at -i + (n - 1)", "ok cluster loops inside a cluster body run on the rank's CPU",
        "ok a cluster loop inside Jpar.sequential runs sequentially"};

    private static void assertResults(Jobs.Result r) {
        assertEquals(0, r.exit(), r::toString);
        for (String line : RESULTS) {
            assertTrue(r.out().contains(line), () -> "missing '" + line + "' in\n" + r);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Device.class, names = {"MULTICORE", "NIODEV"})
    void resultsEqualSequential(Device device) {
        assertResults(Jobs.run(3, device, "results", "10001"));
        assertTrue(Jobs.leftBehind().isEmpty(), () -> "left behind: " + Jobs.leftBehind());
    }

    @ParameterizedTest
    @EnumSource(value = Device.class, names = {"MULTICORE", "NIODEV"})
    void arraysLargerThanOneMessage(Device device) {
        Jobs.Result r = Jobs.run(3, device, "big");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("ok arrays of 8 MiB"), r::toString);
    }

    @ParameterizedTest
    @EnumSource(value = Device.class, names = {"MULTICORE", "NIODEV"})
    void exceptionOfAWorkersBlockIsRethrownOnRank0WithItsType(Device device) {
        Jobs.Result r = Jobs.run(3, device, "throws");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("ok exception of a block rethrown with its type: "
                + "java.lang.IllegalStateException: bad index 2995"), r::toString);
        assertTrue(r.out().contains("ok blocks before the failed one kept their results"), r::toString);
        assertTrue(r.out().contains("ok a chunk that other ranks cannot build: java.lang.IllegalStateException: "
                + "jpar: the constructor of the cluster chunk class"), r::toString);
        assertTrue(r.out().contains("ok sum 923005"), r::toString);      // a call after the failures still works
    }

    @ParameterizedTest
    @EnumSource(value = Device.class, names = {"MULTICORE", "NIODEV"})
    void loopsThatMoveNoArrayByBlockAreDealtInSeveralBlocksPerRank(Device device) {
        Jobs.Result r = Jobs.run(3, device, "dealt", "60000");
        assertEquals(0, r.exit(), r::toString);
        for (String line : new String[] {"ok dealt sum of primes", "ok every iteration ran once",
            "ok every rank ran iterations of the first and of the last third", "ok dealt collapse = 2 sum",
            "ok earliest failing iteration's exception: java.lang.ArithmeticException: bad index 250",
            "ok every iteration before the failing one ran once"}) {
            assertTrue(r.out().contains(line), () -> "missing '" + line + "' in\n" + r);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Device.class, names = {"MULTICORE", "NIODEV"})
    void aRankThatThrowsFailsTheJobWithItsStackTrace(Device device) {
        Jobs.Result r = Jobs.run(3, device, "main-throws");
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.millis() < 10_000, r::toString);
        assertTrue(r.err().contains("jpar: rank 0 failed:"), r::toString);
        assertTrue(r.err().contains("java.lang.UnsupportedOperationException: thrown by the user's main"),
                r::toString);
        assertTrue(r.err().contains("at io.jpar.launcher.jobs.JobMain.main(JobMain.java:"), r::toString);
        assertTrue(Jobs.leftBehind().isEmpty(), () -> "left behind: " + Jobs.leftBehind());
    }

    @ParameterizedTest
    @EnumSource(value = Device.class, names = {"MULTICORE", "NIODEV"})
    void systemExitOfRank0IsTheJobsExitCode(Device device) {
        Jobs.Result r = Jobs.run(3, device, "exit3");
        assertEquals(3, r.exit(), r::toString);
        assertTrue(r.millis() < 10_000, r::toString);
        assertTrue(Jobs.leftBehind().isEmpty(), () -> "left behind: " + Jobs.leftBehind());
    }

    @ParameterizedTest
    @EnumSource(value = Device.class, names = {"MULTICORE", "NIODEV"})
    void systemExitInAnotherRanksBlockIsTheJobsExitCode(Device device) {
        Jobs.Result r = Jobs.run(3, device, "worker-exit3");
        assertEquals(3, r.exit(), r::toString);
        assertTrue(r.millis() < 10_000, r::toString);
        assertTrue(Jobs.leftBehind().isEmpty(), () -> "left behind: " + Jobs.leftBehind());
    }

    @ParameterizedTest
    @EnumSource(value = Device.class, names = {"MULTICORE", "NIODEV"})
    void linesOfOtherRanksArePrefixed(Device device) {
        Jobs.Result r = Jobs.run(3, device, "echo");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("block from 0 on")), r::toString);
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("[rank 1] block from 1 on")), r::toString);
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("[rank 2] block from 2 on")), r::toString);
    }

    @Test
    void timeoutStopsEveryRank() {
        Jobs.Result r = Jobs.run(Jobs.options(3, Device.NIODEV, "sleep").timeoutSeconds(2));
        assertEquals(RankProcesses.TIMED_OUT, r.exit(), r::toString);
        assertTrue(r.err().contains("ran past its timeout of 2 s"), r::toString);
        assertTrue(r.millis() < 10_000, r::toString);
        assertTrue(Jobs.leftBehind().isEmpty(), () -> "left behind: " + Jobs.leftBehind());
    }

    @Test
    void twoJobsAtOnceOnOneHost() {
        CompletableFuture<Jobs.Result> first = CompletableFuture.supplyAsync(
                () -> Jobs.run(3, Device.NIODEV, "results", "5000"));
        CompletableFuture<Jobs.Result> second = CompletableFuture.supplyAsync(
                () -> Jobs.run(3, Device.NIODEV, "results", "7001"));
        assertResults(first.join());
        assertResults(second.join());
    }

    @Test
    void perCallOverheadAgainstAllreduce() {
        Jobs.Result r = Jobs.run(2, Device.NIODEV, "perf", "2000");
        assertEquals(0, r.exit(), r::toString);
        // a benchmark, not a pass/fail bound (2 shared cores): the figures go to the test's output
        r.out().lines().filter(l -> l.startsWith("perf")).forEach(System.out::println);
        assertTrue(r.out().contains("ok sum of tiny calls"), r::toString);
    }
}
