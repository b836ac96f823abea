package io.jpar.runtime.cluster.mpj;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.InetSocketAddress;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.nio.channels.ServerSocketChannel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The edit of MPJ Express 0.44's NIODevice, installed as a rank installs it and run: the JVM verifies the edited
 * class, and bindPort binds loopback where MPJ's own binds every interface.
 */
class NiodevPatchTest {

    private static byte[] classFile(String name) throws IOException {
        try (InputStream in = NiodevPatchTest.class.getClassLoader().getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    /** A loader of its own for MPJ Express, log4j and jpar's runtime, as a rank's class path has them. */
    private static URLClassLoader rankLoader() throws Exception {
        List<URL> urls = new ArrayList<>();
        for (Class<?> c : List.of(NiodevLoopback.class, mpi.MPI.class, org.apache.log4j.Logger.class)) {
            urls.add(c.getProtectionDomain().getCodeSource().getLocation());
        }
        return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }

    /** Where NIODevice.bindPort, loaded by {@code loader}, binds a channel. */
    private static InetSocketAddress bound(ClassLoader loader) throws Exception {
        Class<?> device = loader.loadClass("xdev.niodev.NIODevice");
        Method bindPort = device.getDeclaredMethod("bindPort", ServerSocketChannel.class);
        bindPort.setAccessible(true);
        try (ServerSocketChannel channel = ServerSocketChannel.open()) {
            int port = (int) bindPort.invoke(device.getConstructor().newInstance(), channel);
            InetSocketAddress local = (InetSocketAddress) channel.getLocalAddress();
            assertEquals(port, local.getPort());
            assertTrue(port >= LauncherLink.NIODEV_FIRST_PORT && port <= LauncherLink.NIODEV_LAST_PORT,
                    "bindPort's own range: " + port);
            return local;
        }
    }

    @Test
    void editedBindPortListensOnLoopbackOnly() throws Exception {
        try (URLClassLoader plain = rankLoader()) {
            assertTrue(bound(plain).getAddress().isAnyLocalAddress(), "MPJ's own bindPort: every interface");
        }
        try (URLClassLoader rank = rankLoader()) {
            Method install = rank.loadClass(NiodevLoopback.class.getName()).getDeclaredMethod("install",
                    ClassLoader.class);
            install.setAccessible(true);
            assertNull(install.invoke(null, rank));
            assertTrue(bound(rank).getAddress().isLoopbackAddress(), "the edited bindPort: loopback");
            assertNotNull(install.invoke(null, rank), "a second install: NIODevice is loaded already");
        }
        byte[] original = classFile(NiodevPatch.CLASS_FILE);
        byte[] edited = NiodevPatch.bindToLoopback(original);
        int constants = (3 + NiodevLoopback.class.getName().length()) + 3 + (3 + "address".length())
                + (3 + "(I)Ljava/net/InetSocketAddress;".length()) + 5 + 5;
        assertEquals(original.length + constants, edited.length, "six constants added, code unchanged in length");
    }

    @Test
    void anotherClassIsReportedNotGuessedAt() throws Exception {
        byte[] other = classFile("xdev/niodev/ConfigReader.class");
        NiodevPatch.NotPatched e = assertThrows(NiodevPatch.NotPatched.class, () -> NiodevPatch.bindToLoopback(other));
        assertTrue(e.getMessage().contains("InetSocketAddress") || e.getMessage().contains("bindPort"), e::getMessage);
        byte[] truncated = java.util.Arrays.copyOf(classFile(NiodevPatch.CLASS_FILE), 4000);
        assertThrows(NiodevPatch.NotPatched.class, () -> NiodevPatch.bindToLoopback(truncated));
        assertThrows(NiodevPatch.NotPatched.class, () -> NiodevPatch.bindToLoopback(new byte[] {1, 2, 3}));
    }
}
