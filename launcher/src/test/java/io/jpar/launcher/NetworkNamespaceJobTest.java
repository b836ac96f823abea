package io.jpar.launcher;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A niodev job whose ranks run in two Linux network namespaces, joined by a bridge of this host through veth
 * pairs: ranks 0 and 2 in one, 1 and 3 in the other, the rendezvous on the bridge's address. Needs root (or
 * CAP_NET_ADMIN) and iproute2; elsewhere the test is skipped with the reason.
 */
class NetworkNamespaceJobTest {

    private static final long PID = ProcessHandle.current().pid();
    private static final String NS_A = "jparA" + PID;
    private static final String NS_B = "jparB" + PID;
    private static final String BRIDGE = "jbr" + (PID % 100_000);
    private static final String NET = "10.213." + (PID % 250) + ".";
    private static String unavailable;

    @BeforeAll
    static void createNamespaces() {
        List<List<String>> steps = new ArrayList<>(List.of(
                List.of("ip", "netns", "add", NS_A),
                List.of("ip", "netns", "add", NS_B),
                List.of("ip", "link", "add", BRIDGE, "type", "bridge"),
                List.of("ip", "addr", "add", NET + "1/24", "dev", BRIDGE),
                List.of("ip", "link", "set", BRIDGE, "up")));
        String[] namespaces = {NS_A, NS_B};
        for (int k = 0; k < 2; k++) {
            String ns = namespaces[k];
            String host = "vh" + ns;
            String inside = "vn" + ns;
            steps.addAll(List.of(
                    List.of("ip", "link", "add", host, "type", "veth", "peer", "name", inside),
                    List.of("ip", "link", "set", inside, "netns", ns),
                    List.of("ip", "link", "set", host, "master", BRIDGE),
                    List.of("ip", "link", "set", host, "up"),
                    List.of("ip", "-n", ns, "addr", "add", NET + (k + 2) + "/24", "dev", inside),
                    List.of("ip", "-n", ns, "link", "set", inside, "up"),
                    List.of("ip", "-n", ns, "link", "set", "lo", "up")));
        }
        for (List<String> step : steps) {
            String problem = run(step);
            if (problem != null) {
                unavailable = "network namespaces cannot be made here (" + String.join(" ", step) + ": " + problem
                        + ")";
                System.out.println("NetworkNamespaceJobTest skipped: " + unavailable);
                return;
            }
        }
    }

    @AfterAll
    static void deleteNamespaces() {
        run(List.of("ip", "netns", "del", NS_A));
        run(List.of("ip", "netns", "del", NS_B));
        run(List.of("ip", "link", "del", BRIDGE));
    }

    /** Runs a command; null when it succeeded, else what it printed. */
    private static String run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "did not end";
            }
            return p.exitValue() == 0 ? null : "exit " + p.exitValue() + ": " + output;
        } catch (IOException e) {
            return e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    @Test
    void ranksInTwoNamespacesGetTheSequentialResults() {
        assumeTrue(unavailable == null, () -> unavailable);
        LaunchOptions options = Jobs.options(4, Device.NIODEV, "results", "5000").host(NET + "1")
                .rankPrefix(rank -> List.of("ip", "netns", "exec", rank % 2 == 0 ? NS_A : NS_B));
        Jobs.Result r = Jobs.run(options);
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("ok downward long loop with an object"), r::toString);

        Jobs.Result where = Jobs.run(Jobs.options(4, Device.NIODEV, "echo").host(NET + "1")
                .rankPrefix(rank -> List.of("ip", "netns", "exec", rank % 2 == 0 ? NS_A : NS_B)));
        assertEquals(0, where.exit(), where::toString);
        assertTrue(where.out().contains("[rank 1] block from 1 on " + NET + "3\n"), where::toString);
        assertTrue(where.out().contains("[rank 2] block from 2 on " + NET + "2\n"), where::toString);
        assertTrue(Jobs.leftBehind().isEmpty(), () -> "left behind: " + Jobs.leftBehind());
    }
}
