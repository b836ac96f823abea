package io.jpar.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A fingerprint of what one run of the processor read: who processed (plugin and processor), and every
 * {@code .java} file under the source roots with the SHA-256 of its content. Two equal stamps mean the processor
 * would produce the same output again.
 *
 * <p>Content hashes rather than modification times: a {@code touch} or a checkout that restores the same text does
 * not cause a run, and an edit within the file system's time resolution is still seen.
 */
final class SourceStamp {

    private final List<Path> relativeSources;
    private final String text;

    private SourceStamp(List<Path> relativeSources, String text) {
        this.relativeSources = List.copyOf(relativeSources);
        this.text = text;
    }

    /**
     * Reads every {@code .java} file under {@code roots}.
     *
     * @param processedBy what would process them (versions, options): a change there invalidates the stamp too
     */
    static SourceStamp of(String processedBy, List<Path> roots) throws IOException {
        List<Path> relativeSources = new ArrayList<>();
        StringBuilder text = new StringBuilder(processedBy).append('\n');
        for (Path root : roots) {
            text.append("root ").append(root).append('\n');
            for (Path relative : javaFiles(root)) {
                relativeSources.add(relative);
                text.append(sha256(root.resolve(relative))).append(' ').append(slashed(relative)).append('\n');
            }
        }
        return new SourceStamp(relativeSources, text.toString());
    }

    /** The sources, relative to their roots; the processor writes each to the same relative path. */
    List<Path> relativeSources() {
        return relativeSources;
    }

    /** Whether {@code file} holds this very stamp. A missing or unreadable file matches nothing. */
    boolean matches(Path file) {
        try {
            return Files.isRegularFile(file) && Files.readString(file, StandardCharsets.UTF_8).equals(text);
        } catch (IOException e) {
            return false;
        }
    }

    void writeTo(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static List<Path> javaFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".java") && Files.isRegularFile(f))
                    .map(root::relativize)
                    .sorted((a, b) -> slashed(a).compareTo(slashed(b)))
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static String slashed(Path relative) {
        return relative.toString().replace('\\', '/');
    }
}
