package io.jpar.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The goal on a project without {@code @Parallel}: what it copies, when it runs again, what it leaves alone. */
class ParallelizeMojoTest {

    private static final FileTime LONG_AGO = FileTime.fromMillis(1_000_000_000_000L);

    @TempDir
    Path dir;

    private MojoFixture build;
    private Path output;

    @BeforeEach
    void project() throws IOException {
        build = new MojoFixture(dir);
        output = dir.resolve("target/generated-sources/jpar");
        write("p/Plain.java", "package p;\n\nclass Plain {\n}\n");
        write("p/q/Other.java", "package p.q;\n\nclass Other {\n}\n");
    }

    @Test
    void copiesEverySourceAndCompilesTheCopyInstead() throws Exception {
        build.parallelize().execute();

        assertEquals(Files.readString(build.sources.resolve("p/Plain.java")),
                Files.readString(output.resolve("p/Plain.java")));
        assertEquals(Files.readString(build.sources.resolve("p/q/Other.java")),
                Files.readString(output.resolve("p/q/Other.java")));
        assertEquals(List.of(output.toString()), build.project.getCompileSourceRoots());
        assertTrue(build.log.has("info jpar: 2 files, 0 rewritten"), build.log.lines::toString);
    }

    @Test
    void aSecondBuildWithoutChangeDoesNotProcessButStillCompilesTheOutput() throws Exception {
        build.parallelize().execute();
        MojoFixture second = build.nextBuild();

        second.parallelize().execute();

        assertTrue(second.log.has("info jpar: nothing changed since the last run (2 files), "
                + Path.of("target/generated-sources/jpar") + " is up to date"), second.log.lines::toString);
        assertEquals(List.of(output.toString()), second.project.getCompileSourceRoots());
    }

    @Test
    void aChangeProcessesAgainButRewritesOnlyChangedOutputs() throws Exception {
        build.parallelize().execute();
        Files.setLastModifiedTime(output.resolve("p/Plain.java"), LONG_AGO);
        Files.setLastModifiedTime(output.resolve("p/q/Other.java"), LONG_AGO);
        write("p/Plain.java", "package p;\n\nclass Plain {\n    int x;\n}\n");
        MojoFixture second = build.nextBuild();

        second.parallelize().execute();

        assertTrue(second.log.has("info jpar: 2 files, 0 rewritten"), second.log.lines::toString);
        assertEquals("package p;\n\nclass Plain {\n    int x;\n}\n", Files.readString(output.resolve("p/Plain.java")));
        assertEquals(LONG_AGO, Files.getLastModifiedTime(output.resolve("p/q/Other.java")));
    }

    @Test
    void theOutputOfADeletedSourceIsDeleted() throws Exception {
        build.parallelize().execute();
        Files.delete(build.sources.resolve("p/q/Other.java"));

        build.nextBuild().parallelize().execute();

        assertFalse(Files.exists(output.resolve("p/q")));
        assertTrue(Files.exists(output.resolve("p/Plain.java")));
    }

    @Test
    void aDeletedOutputIsWrittenAgainEvenWithoutChange() throws Exception {
        build.parallelize().execute();
        Files.delete(output.resolve("p/Plain.java"));

        build.nextBuild().parallelize().execute();

        assertTrue(Files.exists(output.resolve("p/Plain.java")));
    }

    @Test
    void skipLeavesTheRootsAndWritesNothing() throws Exception {
        ParallelizeMojo mojo = build.parallelize();
        MojoFixture.set(mojo, "skip", true);

        mojo.execute();

        assertEquals(List.of(build.sources.toString()), build.project.getCompileSourceRoots());
        assertFalse(Files.exists(dir.resolve("target")));
        assertTrue(build.log.has("info jpar: skipped (jpar.skip); the sources are compiled as written"));
    }

    @Test
    void aSourceThatDoesNotParseFailsTheBuildWithItsPlaceAndIsProcessedAgainNextTime() throws Exception {
        write("p/Broken.java", "package p;\n\nclass Broken {\n    int x = ;\n}\n");

        MojoFailureException e = assertThrows(MojoFailureException.class, () -> build.parallelize().execute());

        String where = Path.of("src/main/java/p/Broken.java") + ":4:";
        assertTrue(e.getMessage().startsWith("jpar found 1 error: " + where), e.getMessage());
        assertTrue(build.log.lines.stream().anyMatch(l -> l.startsWith("error " + where)), build.log.lines::toString);
        assertEquals(List.of(build.sources.toString()), build.project.getCompileSourceRoots());

        MojoFixture second = build.nextBuild();
        assertThrows(MojoFailureException.class, () -> second.parallelize().execute());
        assertFalse(second.log.lines.stream().anyMatch(l -> l.contains("nothing changed")));
    }

    private void write(String relative, String text) throws IOException {
        Path file = build.sources.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
