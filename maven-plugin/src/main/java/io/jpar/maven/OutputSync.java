package io.jpar.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Makes a folder hold exactly the files of a freshly written staging folder, writing only the files whose content
 * changed and deleting those that are gone. Files left alone keep their modification time, so the compiler's own
 * staleness check recompiles only what really changed.
 */
final class OutputSync {

    /** What a sync did. */
    record Result(int written, int unchanged, int deleted) {
    }

    private OutputSync() {
    }

    static Result sync(Path staging, Path output) throws IOException {
        Files.createDirectories(output);
        int written = 0;
        int unchanged = 0;
        for (Path relative : filesUnder(staging)) {
            Path source = staging.resolve(relative);
            Path target = output.resolve(relative);
            if (Files.isRegularFile(target) && Files.mismatch(source, target) == -1L) {
                unchanged++;
            } else {
                Files.createDirectories(target.getParent());
                Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                written++;
            }
        }
        int deleted = 0;
        for (Path relative : filesUnder(output)) {
            if (!Files.exists(staging.resolve(relative))) {
                Files.delete(output.resolve(relative));
                deleted++;
            }
        }
        deleteEmptyFolders(output);
        return new Result(written, unchanged, deleted);
    }

    /** Deletes a folder and everything in it; nothing happens when it does not exist. */
    static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        for (Path path : walk(folder, Comparator.reverseOrder())) {
            Files.delete(path);
        }
    }

    private static List<Path> filesUnder(Path folder) throws IOException {
        return walk(folder, Comparator.naturalOrder()).stream()
                .filter(Files::isRegularFile)
                .map(folder::relativize)
                .toList();
    }

    /** Folders emptied by deletions, deepest first, so that a parent emptied by its children goes too. */
    private static void deleteEmptyFolders(Path root) throws IOException {
        for (Path path : walk(root, Comparator.reverseOrder())) {
            if (!path.equals(root) && Files.isDirectory(path) && isEmpty(path)) {
                Files.delete(path);
            }
        }
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    private static List<Path> walk(Path folder, Comparator<Path> order) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.sorted(order).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
