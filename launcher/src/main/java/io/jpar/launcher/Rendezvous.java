package io.jpar.launcher;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/**
 * The rendezvous of niodev ranks, which MPJ Express's own starter (MPJRun) serves on fixed port 40002: here on an
 * ephemeral port of this launcher, so local jobs need no daemon and concurrent jobs do not clash. Each rank
 * connects, sends a UTF string ("Sending Info ...") and three ints: its write port, its read port, its rank.
 * Once all have reported, each gets one UTF string: {@code #Peer Information} followed, for every rank in order,
 * by {@code ;ADDRESS@READPORT@WRITEPORT@RANK@0}, the address being the one its connection came from.
 */
final class Rendezvous implements AutoCloseable {

    private final ServerSocket server;
    private final int np;
    private final Thread thread;
    private volatile IOException failure;

    /** Listens on {@code host} (an address of this machine that every rank can reach). */
    Rendezvous(String host, int np) throws IOException {
        this.np = np;
        server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getByName(host), 0), np);
        thread = new Thread(this::serve, "jpar-rendezvous");
        thread.setDaemon(true);
        thread.start();
    }

    int port() {
        return server.getLocalPort();
    }

    /** niodev's configuration argument for the ranks. */
    String configuration(String host) {
        return "#Number of Processes;" + np + ";#Protocol Switch Limit;131072;#Server Name;" + host
                + ";#Server Port;" + port();
    }

    /** Why the rendezvous failed, or null. */
    IOException failure() {
        return failure;
    }

    /** How long a connected rank may take to report its ports. */
    private static final int REPORT_TIMEOUT_MILLIS = 30_000;

    private void serve() {
        List<Socket> sockets = new ArrayList<>();
        String[] peers = new String[np];
        try {
            while (sockets.size() < np) {
                Socket s = server.accept();
                sockets.add(s);
                // a rank that connects and then stalls (or anything else that connects) must not hang the job
                s.setSoTimeout(REPORT_TIMEOUT_MILLIS);
                DataInputStream in = new DataInputStream(s.getInputStream());
                in.readUTF();
                int writePort = in.readInt();
                int readPort = in.readInt();
                int rank = in.readInt();
                if (rank < 0 || rank >= np || peers[rank] != null) {
                    throw new IOException("rank " + rank + " reported twice or out of range 0.." + (np - 1));
                }
                peers[rank] = ";" + s.getInetAddress().getHostAddress() + "@" + readPort + "@" + writePort + "@"
                        + rank + "@0";
            }
            StringBuilder answer = new StringBuilder("#Peer Information");
            for (String peer : peers) {
                answer.append(peer);
            }
            for (Socket s : sockets) {
                DataOutputStream out = new DataOutputStream(s.getOutputStream());
                out.writeUTF(answer.toString());
                out.flush();
            }
        } catch (IOException e) {
            if (!server.isClosed()) {
                failure = e;
            }
        } finally {
            for (Socket s : sockets) {
                try {
                    s.close();
                } catch (IOException e) {
                    // closing: nothing left to do
                }
            }
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // closing: nothing left to do
        }
    }
}
