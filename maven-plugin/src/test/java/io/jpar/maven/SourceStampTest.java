package io.jpar.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceStampTest {

    @TempDir
    Path dir;

    private Path root;
    private Path stampFile;

    @BeforeEach
    void sources() throws IOException {
        root = dir.resolve("src");
        Files.createDirectories(root.resolve("p"));
        Files.writeString(root.resolve("p/A.java"), "class A {}");
        Files.writeString(root.resolve("p/B.java"), "class B {}");
        Files.writeString(root.resolve("p/notes.txt"), "not a source");
        stampFile = dir.resolve("work/parallelize.stamp");
        SourceStamp.of("jpar 1", List.of(root)).writeTo(stampFile);
    }

    @Test
    void listsTheJavaSourcesRelativeToTheirRoot() throws IOException {
        assertEquals(List.of(Path.of("p/A.java"), Path.of("p/B.java")),
                SourceStamp.of("jpar 1", List.of(root)).relativeSources());
    }

    @Test
    void matchesWhenNothingChanged() throws IOException {
        assertTrue(SourceStamp.of("jpar 1", List.of(root)).matches(stampFile));
    }

    @Test
    void aNewModificationTimeWithTheSameContentIsNoChange() throws IOException {
        Files.setLastModifiedTime(root.resolve("p/A.java"), FileTime.fromMillis(42));

        assertTrue(SourceStamp.of("jpar 1", List.of(root)).matches(stampFile));
    }

    @Test
    void anEditedSourceIsAChange() throws IOException {
        Files.writeString(root.resolve("p/A.java"), "class A { }");

        assertFalse(SourceStamp.of("jpar 1", List.of(root)).matches(stampFile));
    }

    @Test
    void anAddedOrDeletedSourceIsAChange() throws IOException {
        Files.writeString(root.resolve("p/C.java"), "class C {}");
        assertFalse(SourceStamp.of("jpar 1", List.of(root)).matches(stampFile));

        Files.delete(root.resolve("p/C.java"));
        Files.delete(root.resolve("p/B.java"));
        assertFalse(SourceStamp.of("jpar 1", List.of(root)).matches(stampFile));
    }

    @Test
    void anotherProcessorIsAChange() throws IOException {
        assertFalse(SourceStamp.of("jpar 2", List.of(root)).matches(stampFile));
    }

    @Test
    void aMissingStampMatchesNothing() throws IOException {
        assertFalse(SourceStamp.of("jpar 1", List.of(root)).matches(dir.resolve("absent.stamp")));
    }
}
