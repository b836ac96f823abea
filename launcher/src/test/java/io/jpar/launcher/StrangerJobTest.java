package io.jpar.launcher;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Strangers at a job's ports, on loopback: while a local job runs, every TCP port that the launcher or a rank
 * listens on gets a silent connection that stays open and one that sends 16 KB of garbage. The job's output and
 * exit code must be those of the same job left alone, and every port of the job, MPJ Express's included, must
 * listen on loopback only.
 */
class StrangerJobTest {

    /** A listening TCP socket: its address as /proc/net writes it, decoded, and its port. */
    record Listening(String address, int port, long pid) {
        boolean loopback() {
            return address.startsWith("127.") || address.equals("::1") || address.equals("::ffff:127.0.0.1");
        }
    }

    /** The TCP sockets that process {@code pid} listens on (Linux: /proc). */
    static List<Listening> listening(long pid) {
        Set<String> inodes = new HashSet<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
            for (Path fd : (Iterable<Path>) fds::iterator) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException e) {
                    // closed meanwhile
                }
            }
        } catch (IOException | UncheckedIOException e) {
            return List.of();                              // the process ended
        }
        List<Listening> found = new ArrayList<>();
        for (String table : new String[] {"/proc/net/tcp", "/proc/net/tcp6"}) {
            try {
                List<String> lines = Files.readAllLines(Path.of(table));
                for (String line : lines.subList(1, lines.size())) {
                    String[] f = line.trim().split("\\s+");
                    if (f[3].equals("0A") && inodes.contains(f[9])) {         // 0A: LISTEN
                        String[] local = f[1].split(":");
                        found.add(new Listening(address(local[0]), Integer.parseInt(local[1], 16), pid));
                    }
                }
            } catch (IOException e) {
                // no IPv6 table
            }
        }
        return found;
    }

    /** An address of /proc/net/tcp[6]: 4-byte groups, each little-endian. */
    static String address(String hex) {
        byte[] bytes = new byte[hex.length() / 2];
        for (int group = 0; group < bytes.length / 4; group++) {
            for (int k = 0; k < 4; k++) {
                bytes[group * 4 + k] = (byte) Integer.parseInt(hex.substring(group * 8 + (3 - k) * 2,
                        group * 8 + (3 - k) * 2 + 2), 16);
            }
        }
        try {
            String a = InetAddress.getByAddress(bytes).getHostAddress();
            return a.equals("0:0:0:0:0:0:0:0") ? "::" : a.equals("0:0:0:0:0:0:0:1") ? "::1" : a;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The range niodev draws its ports from (the rendezvous relays keep out of it). */
    static final int NIODEV_FIRST_PORT = 25000;
    static final int NIODEV_LAST_PORT = 40000;

    /**
     * Connects to every port the job listens on, as soon as it listens: one silent connection, one of garbage.
     * Except MPJ Express's own two ports of each niodev rank during MPI.Init: those speak MPJ's protocol, which jpar
     * cannot guard, and 16 KB of garbage there hangs the job in Init (see README, "CLUSTER jobs under faults");
     * they are only recorded, with the address they are bound to.
     */
    static final class Strangers extends Thread {
        final Set<Listening> seen = ConcurrentHashMap.newKeySet();
        final Set<Listening> mpj = ConcurrentHashMap.newKeySet();
        final List<Socket> open = new ArrayList<>();
        volatile boolean stop;
        int garbage;

        Strangers() {
            super("strangers");
            setDaemon(true);
        }

        @Override
        public void run() {
            byte[] junk = new byte[16 * 1024];
            new Random(7).nextBytes(junk);
            while (!stop) {
                List<Long> pids = new ArrayList<>();
                pids.add(ProcessHandle.current().pid());
                ProcessHandle.current().descendants().forEach(p -> pids.add(p.pid()));
                for (long pid : pids) {
                    for (Listening l : listening(pid)) {
                        if (pid != ProcessHandle.current().pid() && l.port() >= NIODEV_FIRST_PORT
                                && l.port() <= NIODEV_LAST_PORT) {
                            mpj.add(l);
                            continue;
                        }
                        if (!seen.add(l)) {
                            continue;
                        }
                        try {
                            open.add(new Socket(InetAddress.getLoopbackAddress(), l.port()));     // silent
                            Socket s = new Socket();
                            s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), l.port()), 1000);
                            open.add(s);
                            OutputStream out = s.getOutputStream();
                            out.write(junk);
                            out.flush();
                            garbage++;
                        } catch (IOException e) {
                            // closed meanwhile (a relay, or MPJ's ports once its ranks are connected)
                        }
                    }
                }
                Thread.onSpinWait();
            }
        }

        void end() throws InterruptedException, IOException {
            stop = true;
            join();
            for (Socket s : open) {
                s.close();
            }
        }
    }

    private static List<String> sorted(String text) {
        return text.lines().sorted().toList();
    }

    @Test
    void garbageAndSilentConnectionsToAJobsPortsChangeNothing() throws Exception {
        Jobs.Result alone = Jobs.run(3, Device.NIODEV, "results", "5000");
        Strangers strangers = new Strangers();
        strangers.start();
        Jobs.Result visited;
        try {
            visited = Jobs.run(3, Device.NIODEV, "results", "5000");
        } finally {
            strangers.end();
        }
        System.out.println("strangers: " + strangers.garbage + " ports got 16 KB of garbage: " + strangers.seen
                + "; MPJ Express's ports during MPI.Init, left alone: " + strangers.mpj);
        assertEquals(0, alone.exit(), alone::toString);
        assertEquals(alone.exit(), visited.exit(), visited::toString);
        assertEquals(sorted(alone.out()), sorted(visited.out()), visited::toString);
        assertEquals(alone.err(), visited.err(), visited::toString);
        assertTrue(strangers.garbage >= 2, () -> "the launcher's and a relay's ports were not found: " + strangers.seen);
        assertTrue(strangers.seen.stream().allMatch(Listening::loopback), () -> "beyond loopback: " + strangers.seen);
        assertTrue(!strangers.mpj.isEmpty(), "MPJ Express's ports were not seen during MPI.Init");
        assertTrue(strangers.mpj.stream().allMatch(Listening::loopback), () -> "beyond loopback: " + strangers.mpj);
    }
}
