package io.jpar.benchmarks.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The bytes this process has passed to read and write system calls, sockets included (Linux's
 * {@code /proc/self/io}: {@code rchar} and {@code wchar}). Around cluster calls on rank 0 of an niodev job, whose
 * ranks talk over TCP, the difference is what rank 0 sent to and received from the other ranks: every byte that
 * moved, MPJ Express's headers and jpar's call protocol included.
 */
final class ProcessIo {

    private static final Path IO = Path.of("/proc/self/io");

    private ProcessIo() {
    }

    static boolean available() {
        return Files.isReadable(IO);
    }

    /** rchar + wchar so far. */
    static long bytes() {
        try {
            long total = 0;
            for (String line : Files.readAllLines(IO)) {
                if (line.startsWith("rchar:") || line.startsWith("wchar:")) {
                    total += Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
                }
            }
            return total;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + IO + ": " + e, e);
        }
    }
}
