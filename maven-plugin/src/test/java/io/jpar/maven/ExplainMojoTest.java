package io.jpar.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExplainMojoTest {

    @TempDir
    Path dir;

    @Test
    void writesAndPrintsTheReportAndTouchesNothingElse() throws Exception {
        MojoFixture build = new MojoFixture(dir);
        Files.createDirectories(build.sources.resolve("p"));
        Files.writeString(build.sources.resolve("p/Plain.java"), "package p;\n\nclass Plain {\n}\n");

        build.explain().execute();

        String report = Files.readString(dir.resolve("target/jpar/explain.txt"));
        for (String line : report.lines().toList()) {
            assertTrue(build.log.has("info " + line), () -> "not printed: " + line);
        }
        assertTrue(build.log.has("info jpar: report written to " + Path.of("target/jpar/explain.txt")));
        assertEquals(List.of(build.sources.toString()), build.project.getCompileSourceRoots());
        assertFalse(Files.exists(dir.resolve("target/generated-sources")));
        assertFalse(Files.exists(dir.resolve("target/jpar/explain-sources")));
    }

    @Test
    void errorsFailTheBuildAfterTheReportIsWritten() throws Exception {
        MojoFixture build = new MojoFixture(dir);
        Files.createDirectories(build.sources.resolve("p"));
        Files.writeString(build.sources.resolve("p/Broken.java"), "package p;\n\nclass Broken {\n    int x = ;\n}\n");

        MojoFailureException e = assertThrows(MojoFailureException.class, () -> build.explain().execute());

        assertTrue(e.getMessage().startsWith("jpar found 1 error: " + Path.of("src/main/java/p/Broken.java") + ":4:"),
                e.getMessage());
        assertTrue(Files.exists(dir.resolve("target/jpar/explain.txt")));
    }
}
