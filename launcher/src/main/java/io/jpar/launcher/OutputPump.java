package io.jpar.launcher;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Predicate;

/** Copies one stream of a rank to the launcher's output, line by line, with {@code [rank r] } before each line. */
final class OutputPump extends Thread {

    private final InputStream in;
    private final PrintStream out;
    private final byte[] prefix;
    private final Predicate<String> swallow;

    /**
     * @param prefix  what goes before each line; empty for rank 0
     * @param swallow lines the launcher reads itself instead of printing them
     */
    OutputPump(InputStream in, PrintStream out, String prefix, String name, Predicate<String> swallow) {
        super(name);
        setDaemon(true);
        this.in = in;
        this.out = out;
        this.prefix = prefix.getBytes(StandardCharsets.UTF_8);
        this.swallow = swallow;
    }

    @Override
    public void run() {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                for (int k = 0; k < n; k++) {
                    line.write(buffer[k]);
                    if (buffer[k] == '\n') {
                        emit(line);
                    }
                }
            }
        } catch (IOException e) {
            // the rank ended or was stopped: what it wrote so far is printed below
        }
        if (line.size() > 0) {
            line.write('\n');
            emit(line);
        }
    }

    private void emit(ByteArrayOutputStream line) {
        if (swallow.test(line.toString(StandardCharsets.UTF_8).stripTrailing())) {
            line.reset();
            return;
        }
        synchronized (out) {
            out.write(prefix, 0, prefix.length);
            out.write(line.toByteArray(), 0, line.size());
            out.flush();
        }
        line.reset();
    }
}
