package io.jpar.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputSyncTest {

    private static final FileTime LONG_AGO = FileTime.fromMillis(1_000_000_000_000L);

    @TempDir
    Path dir;

    @Test
    void writesOnlyChangedFilesAndDeletesVanishedOnes() throws IOException {
        Path staging = dir.resolve("staging");
        Path output = dir.resolve("output");
        Path same = write(output, "a/Same.java", "class Same {}");
        Path changed = write(output, "a/Changed.java", "class Changed {}");
        write(output, "gone/Gone.java", "class Gone {}");
        Files.setLastModifiedTime(same, LONG_AGO);
        Files.setLastModifiedTime(changed, LONG_AGO);
        write(staging, "a/Same.java", "class Same {}");
        write(staging, "a/Changed.java", "class Changed { int x; }");
        write(staging, "b/New.java", "class New {}");

        OutputSync.Result result = OutputSync.sync(staging, output);

        assertEquals(new OutputSync.Result(2, 1, 1), result);
        assertEquals(LONG_AGO, Files.getLastModifiedTime(same), "an unchanged file is not rewritten");
        assertEquals("class Changed { int x; }", Files.readString(changed));
        assertEquals("class New {}", Files.readString(output.resolve("b/New.java")));
        assertFalse(Files.exists(output.resolve("gone")), "the folder emptied by the deletion goes too");
    }

    @Test
    void createsTheOutputFolderOnTheFirstRun() throws IOException {
        Path staging = dir.resolve("staging");
        write(staging, "p/A.java", "class A {}");

        OutputSync.Result result = OutputSync.sync(staging, dir.resolve("out"));

        assertEquals(new OutputSync.Result(1, 0, 0), result);
        assertTrue(Files.isRegularFile(dir.resolve("out/p/A.java")));
    }

    @Test
    void deleteTreeRemovesEverythingAndAcceptsAMissingFolder() throws IOException {
        write(dir, "t/x/y/Z.java", "class Z {}");

        OutputSync.deleteTree(dir.resolve("t"));
        OutputSync.deleteTree(dir.resolve("t"));

        assertFalse(Files.exists(dir.resolve("t")));
    }

    private static Path write(Path root, String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }
}
