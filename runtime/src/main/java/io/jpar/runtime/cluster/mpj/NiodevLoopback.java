package io.jpar.runtime.cluster.mpj;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * Keeps a local niodev job's ports on loopback. MPJ Express binds each rank's two ports to every interface during
 * {@code MPI.Init}; for a job whose ranks all run on this host (the launcher's link is on loopback) this rank
 * defines its own {@code NIODevice}, edited by {@link NiodevPatch} to bind to 127.0.0.1, before MPJ loads it.
 * The peers are told 127.0.0.1 anyway: the launcher gives each rank the address its report came from.
 */
public final class NiodevLoopback {

    /** A class of niodev's package that does not load NIODevice, to define the edited class beside it. */
    private static final String NEIGHBOUR = "xdev.niodev.ConfigReader";

    private NiodevLoopback() {
    }

    /** Called by the edited {@code NIODevice.bindPort} in place of {@code new InetSocketAddress(port)}. */
    public static InetSocketAddress address(int port) {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
    }

    /**
     * Defines the edited NIODevice in {@code loader}, where MPJ Express is. Returns null, or why it could not (an
     * MPJ Express other than 0.44, or NIODevice already loaded): the job then runs with MPJ's own binding.
     */
    static String install(ClassLoader loader) {
        byte[] original;
        try (InputStream in = loader.getResourceAsStream(NiodevPatch.CLASS_FILE)) {
            if (in == null) {
                return "no " + NiodevPatch.CLASS_FILE + " on the class path";
            }
            original = in.readAllBytes();
        } catch (IOException e) {
            return "cannot read " + NiodevPatch.CLASS_FILE + ": " + e.getMessage();
        }
        try {
            byte[] edited = NiodevPatch.bindToLoopback(original);
            Class<?> neighbour = Class.forName(NEIGHBOUR, false, loader);
            MethodHandles.privateLookupIn(neighbour, MethodHandles.lookup()).defineClass(edited);
            return null;
        } catch (NiodevPatch.NotPatched e) {
            return "this MPJ Express's NIODevice is not the one jpar knows (" + e.getMessage() + ")";
        } catch (ClassNotFoundException | IllegalAccessException | LinkageError e) {
            return "cannot define the edited NIODevice: " + e;
        }
    }
}
