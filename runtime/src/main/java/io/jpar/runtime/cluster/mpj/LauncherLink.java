package io.jpar.runtime.cluster.mpj;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.Base64;

/**
 * A rank's end of its link with the jpar launcher (see the launcher's {@code JobLink}): authenticated with the
 * job's secret from the environment, then a heartbeat from a daemon thread, so that a rank busy computing still
 * answers and a stopped one (SIGSTOP, a frozen host) is seen to be silent. The link also carries niodev's
 * rendezvous: MPJ Express connects to a relay of this rank on loopback instead of the launcher, so every
 * connection the launcher takes is authenticated. If the launcher goes away, the rank ends: no rank outlives its
 * job.
 */
final class LauncherLink {

    static final String SECRET_ENV = "JPAR_JOB_SECRET";
    static final String ADDRESS_ENV = "JPAR_JOB_LINK";
    static final String HEARTBEAT_ENV = "JPAR_JOB_HEARTBEAT_MS";
    private static final int HEARTBEAT = 'H';
    private static final int REPORT = 'R';
    private static final int PEERS = 'P';
    /** How long a connection to the relay may take to say what MPJ Express says. */
    private static final int RELAY_TIMEOUT_MILLIS = 5000;
    /** The ports niodev's bindPort draws from at random. */
    static final int NIODEV_FIRST_PORT = 25000;
    static final int NIODEV_LAST_PORT = 40000;

    private final int rank;
    private final Socket socket;
    private final DataInputStream in;
    private final DataOutputStream out;
    private final long heartbeatMillis;

    private LauncherLink(int rank, Socket socket, long heartbeatMillis) throws IOException {
        this.rank = rank;
        this.socket = socket;
        this.in = new DataInputStream(socket.getInputStream());
        this.out = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream()));
        this.heartbeatMillis = heartbeatMillis;
    }

    /**
     * Connects rank {@code rank} to its launcher and starts the heartbeat; null when this rank was not started by
     * the jpar launcher for a local job (no link in the environment).
     */
    static LauncherLink connect(int rank) throws IOException {
        String address = System.getenv(ADDRESS_ENV);
        String secret = System.getenv(SECRET_ENV);
        if (address == null || secret == null) {
            return null;
        }
        int colon = address.lastIndexOf(':');
        Socket s = new Socket();
        try {
            s.connect(new InetSocketAddress(InetAddress.getByName(address.substring(0, colon)),
                    Integer.parseInt(address.substring(colon + 1))), 10_000);
            s.setTcpNoDelay(true);
            long interval = Long.parseLong(System.getenv().getOrDefault(HEARTBEAT_ENV, "2000"));
            LauncherLink link = new LauncherLink(rank, s, interval);
            byte[] challenge = new byte[32];
            link.in.readFully(challenge);
            link.out.writeInt(rank);
            link.out.write(mac(Base64.getDecoder().decode(secret), challenge, rank));
            link.out.flush();
            link.startHeartbeat();
            return link;
        } catch (IOException | RuntimeException e) {
            s.close();
            throw new IOException("jpar: rank " + rank + " cannot reach its launcher at " + address + ": " + e, e);
        }
    }

    private void startHeartbeat() {
        Thread beat = new Thread(() -> {
            try {
                while (true) {
                    synchronized (out) {
                        out.writeByte(HEARTBEAT);
                        out.flush();
                    }
                    Thread.sleep(heartbeatMillis);
                }
            } catch (IOException e) {
                launcherGone();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "jpar-heartbeat");
        beat.setDaemon(true);
        beat.setPriority(Thread.MAX_PRIORITY);
        beat.start();
    }

    /** The launcher ended without ending this rank (it was killed): end now rather than run on, orphaned. */
    private void launcherGone() {
        System.err.println("jpar: rank " + rank + " lost its launcher; ending");
        System.err.flush();
        Runtime.getRuntime().halt(1);
    }

    /**
     * MPJ's niodev arguments with the rendezvous server replaced by a relay of this rank on loopback; the relay
     * hands MPJ's report on over the link and the peers' table back. Only a connection that speaks MPJ's report
     * for this rank is served; anything else that connects is dropped.
     */
    String[] relay(String[] args) throws IOException {
        ServerSocket server = relayServer();
        String[] relayed = args.clone();
        relayed[1] = args[1].replaceFirst("#Server Name;[^;]*;", "#Server Name;127.0.0.1;")
                .replaceFirst("#Server Port;[^;]*", "#Server Port;" + server.getLocalPort());
        Thread relay = new Thread(() -> serveRelay(server), "jpar-rendezvous-relay");
        relay.setDaemon(true);
        relay.start();
        return relayed;
    }

    /** Whether the launcher is on this host's loopback: a local job, all of whose ranks run here. */
    boolean loopback() {
        return socket.getInetAddress().isLoopbackAddress();
    }

    /**
     * The relay's socket, on an ephemeral port of loopback outside the range niodev picks its own ports from, so
     * that the two never meet and a rank's ports are told apart (StrangerJobTest).
     */
    private static ServerSocket relayServer() throws IOException {
        for (int attempt = 0; ; attempt++) {
            ServerSocket server = new ServerSocket();
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4);
            int port = server.getLocalPort();
            if (attempt == 20 || port < NIODEV_FIRST_PORT || port > NIODEV_LAST_PORT) {
                return server;
            }
            server.close();
        }
    }

    private void serveRelay(ServerSocket server) {
        try (server) {
            while (true) {
                try (Socket mpj = server.accept()) {
                    mpj.setSoTimeout(RELAY_TIMEOUT_MILLIS);
                    DataInputStream from = new DataInputStream(mpj.getInputStream());
                    String hello;
                    int writePort;
                    int readPort;
                    int reportedRank;
                    try {
                        hello = from.readUTF();
                        writePort = from.readInt();
                        readPort = from.readInt();
                        reportedRank = from.readInt();
                    } catch (SocketTimeoutException | java.io.EOFException | java.io.UTFDataFormatException e) {
                        continue;           // not MPJ Express: drop it
                    }
                    if (!hello.startsWith("Sending Info") || reportedRank != rank) {
                        continue;
                    }
                    synchronized (out) {
                        out.writeByte(REPORT);
                        out.writeInt(writePort);
                        out.writeInt(readPort);
                        out.flush();
                    }
                    if (in.read() != PEERS) {
                        launcherGone();
                    }
                    String peers = in.readUTF();
                    DataOutputStream to = new DataOutputStream(mpj.getOutputStream());
                    to.writeUTF(peers);
                    to.flush();
                    watchLauncher();
                    return;
                } catch (IOException e) {
                    if (socket.isClosed()) {
                        return;
                    }
                    // one bad connection to the relay: wait for MPJ's
                }
            }
        } catch (IOException e) {
            // closing the relay: nothing left to do
        }
    }

    /** After the rendezvous the launcher sends nothing: the end of its stream means it is gone. */
    private void watchLauncher() {
        Thread watch = new Thread(() -> {
            try {
                if (in.read() < 0) {
                    launcherGone();
                }
            } catch (IOException e) {
                launcherGone();
            }
        }, "jpar-launcher-watch");
        watch.setDaemon(true);
        watch.start();
    }

    static byte[] mac(byte[] secret, byte[] challenge, int rank) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update(challenge);
            mac.update(ByteBuffer.allocate(4).putInt(rank).array());
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
