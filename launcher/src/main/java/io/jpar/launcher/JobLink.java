package io.jpar.launcher;

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
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The launcher's end of one job's link with its ranks, on one ephemeral port of {@code host} (127.0.0.1 for a
 * local job): each rank connects, proves it holds the job's secret, then heartbeats until it ends. The link also
 * carries niodev's rendezvous (which MPJ Express's starter serves on fixed port 40002): each rank's relay hands on
 * its write and read ports; once all have reported, each gets {@code #Peer Information} followed, for every rank in
 * order, by {@code ;ADDRESS@READPORT@WRITEPORT@RANK@0}, the address being the one its link came from.
 *
 * <p>The secret: 32 random bytes per job, given to the ranks in their environment (the command line is public
 * through ps). A rank answers the launcher's 32-byte challenge with its rank and HMAC-SHA256(secret, challenge,
 * rank); a connection that does not, within {@value #AUTH_TIMEOUT_MILLIS} ms, is closed and changes nothing else.
 * Mirrors {@code io.jpar.runtime.cluster.mpj.LauncherLink} (the launcher does not depend on the runtime).
 */
final class JobLink implements AutoCloseable {

    static final String SECRET_ENV = "JPAR_JOB_SECRET";
    static final String ADDRESS_ENV = "JPAR_JOB_LINK";
    static final String HEARTBEAT_ENV = "JPAR_JOB_HEARTBEAT_MS";
    static final int HEARTBEAT = 'H';
    static final int REPORT = 'R';
    static final int PEERS = 'P';

    /** How long a connection may take to authenticate (a rank answers in milliseconds). */
    static final int AUTH_TIMEOUT_MILLIS = 5000;
    /** Before its first contact a rank is a JVM starting, which a loaded machine may take seconds to do. */
    static final long FIRST_CONTACT_MILLIS = 30_000;
    /** Connections waiting to authenticate at once: more are closed at once (a flood must not cost threads). */
    private static final int MAX_PENDING = 64;

    private final ServerSocket server;
    private final int np;
    private final long silenceMillis;
    private final byte[] secret = new byte[32];
    private final SecureRandom random = new SecureRandom();
    private final long startedAt = System.nanoTime();
    private final AtomicInteger pending = new AtomicInteger();
    private final Rank[] ranks;
    private final String[] peers;
    private int reported;

    /** One authenticated rank. */
    private static final class Rank {
        final Socket socket;
        final DataOutputStream out;
        volatile long lastSeen = System.nanoTime();
        volatile boolean ended;

        Rank(Socket socket, DataOutputStream out) {
            this.socket = socket;
            this.out = out;
        }
    }

    /**
     * Listens on {@code host} (an address of this machine that every rank can reach).
     *
     * @param silenceMillis how long a rank may stay silent before the job is ended; 0 for no limit
     */
    JobLink(String host, int np, long silenceMillis) throws IOException {
        this.np = np;
        this.silenceMillis = silenceMillis;
        this.ranks = new Rank[np];
        this.peers = new String[np];
        random.nextBytes(secret);
        server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getByName(host), 0), 50);
        Thread accept = new Thread(this::accept, "jpar-link");
        accept.setDaemon(true);
        accept.start();
    }

    int port() {
        return server.getLocalPort();
    }

    /** What every rank's environment gets: where the link is, the secret, how often to heartbeat. */
    Map<String, String> environment() {
        Map<String, String> env = new HashMap<>();
        env.put(SECRET_ENV, Base64.getEncoder().encodeToString(secret));
        env.put(ADDRESS_ENV, server.getInetAddress().getHostAddress() + ":" + port());
        long interval = silenceMillis <= 0 ? 2000 : Math.max(100, Math.min(2000, silenceMillis / 5));
        env.put(HEARTBEAT_ENV, Long.toString(interval));
        return env;
    }

    /** niodev's configuration argument; each rank's relay puts its own address in place of this one. */
    String configuration() {
        return "#Number of Processes;" + np + ";#Protocol Switch Limit;131072;#Server Name;"
                + server.getInetAddress().getHostAddress() + ";#Server Port;" + port();
    }

    /** Why the job cannot go on (a rank went silent), or null. */
    String failure() {
        if (silenceMillis <= 0) {
            return null;
        }
        long now = System.nanoTime();
        for (int r = 0; r < np; r++) {
            Rank rank = ranks[r];
            if (rank == null) {
                long waited = TimeUnit.NANOSECONDS.toMillis(now - startedAt);
                if (waited > Math.max(silenceMillis, FIRST_CONTACT_MILLIS)) {
                    return "rank " + r + " did not contact the launcher within " + waited / 1000 + " s";
                }
            } else if (!rank.ended) {
                long silent = TimeUnit.NANOSECONDS.toMillis(now - rank.lastSeen);
                if (silent > silenceMillis) {
                    return "rank " + r + " stopped responding (no heartbeat for " + silent / 1000 + " s)";
                }
            }
        }
        return null;
    }

    private void accept() {
        while (!server.isClosed()) {
            Socket s;
            try {
                s = server.accept();
            } catch (IOException e) {
                return;                     // closed
            }
            if (pending.incrementAndGet() > MAX_PENDING) {
                pending.decrementAndGet();
                quietly(s);
                continue;
            }
            Thread t = new Thread(() -> serve(s), "jpar-link-connection");
            t.setDaemon(true);
            t.start();
        }
    }

    /** One connection: authenticated, else dropped; then a rank's heartbeats and report until it ends. */
    private void serve(Socket s) {
        Rank rank = null;
        int r = -1;
        try {
            DataInputStream in;
            try {
                s.setSoTimeout(AUTH_TIMEOUT_MILLIS);
                s.setTcpNoDelay(true);
                in = new DataInputStream(s.getInputStream());
                DataOutputStream out = new DataOutputStream(new BufferedOutputStream(s.getOutputStream()));
                byte[] challenge = new byte[32];
                random.nextBytes(challenge);
                out.write(challenge);
                out.flush();
                r = in.readInt();
                byte[] answer = new byte[32];
                in.readFully(answer);
                if (r < 0 || r >= np || !MessageDigest.isEqual(answer, mac(secret, challenge, r))) {
                    return;                 // not of this job
                }
                synchronized (this) {
                    if (ranks[r] != null) {
                        return;             // a second link for one rank: keep the first
                    }
                    rank = new Rank(s, out);
                    ranks[r] = rank;
                }
                s.setSoTimeout(0);
            } finally {
                pending.decrementAndGet();
            }
            while (true) {
                int type = in.read();
                if (type < 0) {
                    return;
                }
                rank.lastSeen = System.nanoTime();
                if (type == REPORT) {
                    int writePort = in.readInt();
                    int readPort = in.readInt();
                    report(r, s.getInetAddress().getHostAddress(), writePort, readPort);
                } else if (type != HEARTBEAT) {
                    return;                 // not jpar's protocol: end the link, the rank's process decides
                }
            }
        } catch (IOException e) {
            // a stranger's connection, or a rank that ended (its process is watched by RankProcesses)
        } finally {
            if (rank != null) {
                rank.ended = true;
            }
            quietly(s);
        }
    }

    /** A rank's ports; once all have reported, every rank gets the peers' table. */
    private void report(int r, String address, int writePort, int readPort) throws IOException {
        String answer = null;
        synchronized (this) {
            if (peers[r] != null) {
                return;
            }
            peers[r] = ";" + address + "@" + readPort + "@" + writePort + "@" + r + "@0";
            if (++reported == np) {
                StringBuilder b = new StringBuilder("#Peer Information");
                for (String peer : peers) {
                    b.append(peer);
                }
                answer = b.toString();
            }
        }
        if (answer != null) {
            for (Rank rank : ranks) {
                synchronized (rank.out) {
                    rank.out.writeByte(PEERS);
                    rank.out.writeUTF(answer);
                    rank.out.flush();
                }
            }
        }
    }

    /** HMAC-SHA256(secret, challenge, rank): what a rank answers the challenge with. */
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

    private static void quietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // closing: nothing left to do
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // closing: nothing left to do
        }
        for (Rank rank : ranks) {
            if (rank != null) {
                quietly(rank.socket);
            }
        }
    }
}
