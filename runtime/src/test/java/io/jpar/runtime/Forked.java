package io.jpar.runtime;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a class of the test classpath in a new JVM, for settings that a JVM reads once (environment, exit). */
public final class Forked {

    /** What the JVM printed and how it ended. */
    public record Result(int exit, String out, String err) {
    }

    private Forked() {
    }

    public static Result run(Map<String, String> env, List<String> jvmArgs, Class<?> main, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.add("-cp");
        command.add(String.join(File.pathSeparator, where(LoopSite.class), where(io.jpar.Schedule.class),
                where(main)));
        command.add(main.getName());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove(Config.THREADS_ENV);
        builder.environment().remove(Config.FALLBACK_ENV);
        builder.environment().remove(Config.STATS_ENV);
        builder.environment().putAll(env);
        File out = File.createTempFile("jpar-out", ".txt");
        File err = File.createTempFile("jpar-err", ".txt");
        try {
            Process process = builder.redirectOutput(out).redirectError(err).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("forked JVM did not end: " + command);
            }
            return new Result(process.exitValue(),
                    java.nio.file.Files.readString(out.toPath(), StandardCharsets.UTF_8),
                    java.nio.file.Files.readString(err.toPath(), StandardCharsets.UTF_8));
        } finally {
            out.delete();
            err.delete();
        }
    }

    private static String where(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
