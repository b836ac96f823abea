package io.jpar.launcher;

import io.jpar.launcher.jobs.JobMain;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Runs real jobs of {@link JobMain} through {@link Launcher#run} and keeps what they printed. */
final class Jobs {

    /** How a job ended. */
    record Result(int exit, String out, String err, long millis) {
        @Override
        public String toString() {
            return "exit " + exit + " after " + millis + " ms\n--- out\n" + out + "--- err\n" + err;
        }
    }

    private Jobs() {
    }

    /** The ranks' class path: jpar-runtime, jpar-annotations and the job classes of these tests. */
    static String classPath() {
        return String.join(File.pathSeparator, where(io.jpar.runtime.cluster.RankMain.class),
                where(io.jpar.Schedule.class), where(JobMain.class));
    }

    static LaunchOptions options(int np, Device device, String... args) {
        return new LaunchOptions().np(np).device(device).timeoutSeconds(60).classPath(classPath())
                .mainClass(JobMain.class.getName()).args(List.of(args));
    }

    static Result run(LaunchOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        options.out(new PrintStream(out, true, StandardCharsets.UTF_8))
                .err(new PrintStream(err, true, StandardCharsets.UTF_8));
        long begin = System.nanoTime();
        int exit = Launcher.run(options);
        long millis = (System.nanoTime() - begin) / 1_000_000;
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), millis);
    }

    static Result run(int np, Device device, String... args) {
        return run(options(np, device, args));
    }

    /** The processes this JVM started that are still alive (ranks must never outlive their job). */
    static List<ProcessHandle> leftBehind() {
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).toList();
    }

    static String where(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
