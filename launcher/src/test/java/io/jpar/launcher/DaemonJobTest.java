package io.jpar.launcher;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code -machines}: the job goes through MPJ Express's own starter and a daemon, here one on this host
 * (MPJ's fixed ports 40055, 40052 and 40002 must be free; else the test is skipped with the reason).
 */
class DaemonJobTest {

    private static Process daemon;
    private static String unavailable;

    @BeforeAll
    static void startDaemon() throws Exception {
        for (int port : new int[] {40055, 40052, 40002}) {
            try (ServerSocket probe = new ServerSocket(port)) {
                probe.setReuseAddress(true);
            } catch (IOException e) {
                unavailable = "MPJ Express's fixed port " + port + " is taken on this host (" + e.getMessage() + ")";
                System.out.println("DaemonJobTest skipped: " + unavailable);
                return;
            }
        }
        Path home = Path.of(System.getProperty("user.home"), ".jpar", "mpj-0.44");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", home.resolve("lib") + File.separator + "*",
                "runtime.daemon.MPJDaemon", "40055").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("MPJ_HOME", home.toString());
        daemon = builder.start();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < until) {
            try (java.net.Socket s = new java.net.Socket("127.0.0.1", 40055)) {
                return;
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
        unavailable = "MPJ Express's daemon did not start listening on port 40055 within 20 s";
    }

    @AfterAll
    static void stopDaemon() {
        if (daemon != null) {
            daemon.descendants().forEach(ProcessHandle::destroyForcibly);
            daemon.destroyForcibly();
        }
    }

    @Test
    void jobsThroughTheDaemonGetResultsAndHonestExitCodes(@TempDir Path dir) throws IOException {
        assumeTrue(unavailable == null, () -> unavailable);
        Path machines = Files.write(dir.resolve("machines"), List.of("localhost"));
        Jobs.Result ok = Jobs.run(Jobs.options(2, Device.NIODEV, "results", "1000").machines(machines));
        assertEquals(0, ok.exit(), ok::toString);
        assertTrue(ok.out().contains("ok downward long loop with an object"), ok::toString);
        assertTrue(!ok.out().contains("jpar-rank-done"), ok::toString);

        Jobs.Result failed = Jobs.run(Jobs.options(2, Device.NIODEV, "main-throws").machines(machines));
        assertEquals(1, failed.exit(), failed::toString);
        assertTrue((failed.out() + failed.err()).contains("jpar: rank 0 failed:\njava.lang.UnsupportedOperationException: "
                + "thrown by the user's main"), failed::toString);      // the starter mixes the ranks' stderr into stdout
    }
}
