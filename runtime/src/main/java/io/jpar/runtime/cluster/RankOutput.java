package io.jpar.runtime.cluster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Multicore jobs run every rank as a thread of one JVM, so the launcher cannot tell their output apart: each rank
 * other than 0 wraps System.out and System.err in a stream that prefixes {@code [rank r] } to the lines written by
 * its own threads (and the threads they start) and passes every other line through. The marker is a thread-local
 * of this class, which each rank loads with its own class loader.
 */
public final class RankOutput {

    private static final InheritableThreadLocal<Boolean> MINE = new InheritableThreadLocal<>();

    private RankOutput() {
    }

    /** Marks the calling thread as this rank's and, for a rank other than 0, prefixes its lines. */
    public static void install(int rank) {
        MINE.set(Boolean.TRUE);
        if (rank == 0) {
            return;
        }
        byte[] prefix = ("[rank " + rank + "] ").getBytes(StandardCharsets.UTF_8);
        synchronized (System.class) {
            System.setOut(new PrintStream(new Prefixing(System.out, prefix), true));
            System.setErr(new PrintStream(new Prefixing(System.err, prefix), true));
        }
    }

    private static final class Prefixing extends OutputStream {
        private final PrintStream target;
        private final byte[] prefix;
        private final ThreadLocal<ByteArrayOutputStream> line = ThreadLocal.withInitial(ByteArrayOutputStream::new);

        Prefixing(PrintStream target, byte[] prefix) {
            this.target = target;
            this.prefix = prefix;
        }

        private static boolean mine() {
            return MINE.get() == Boolean.TRUE;
        }

        @Override
        public void write(int b) {
            if (!mine()) {
                target.write(b);
                return;
            }
            ByteArrayOutputStream buffer = line.get();
            buffer.write(b);
            if (b == '\n') {
                synchronized (target) {
                    target.write(prefix, 0, prefix.length);
                    target.write(buffer.toByteArray(), 0, buffer.size());
                    target.flush();
                }
                buffer.reset();
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (!mine()) {
                target.write(b, off, len);
                return;
            }
            for (int k = off; k < off + len; k++) {
                write(b[k]);
            }
        }

        @Override
        public void flush() throws IOException {
            target.flush();
        }
    }
}
