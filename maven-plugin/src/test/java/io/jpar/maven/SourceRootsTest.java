package io.jpar.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceRootsTest {

    @TempDir
    Path dir;

    private MavenProject project;
    private Path main;
    private Path generated;
    private Path output;

    @BeforeEach
    void project() throws IOException {
        main = Files.createDirectories(dir.resolve("src/main/java"));
        generated = Files.createDirectories(dir.resolve("target/generated-sources/antlr"));
        output = dir.resolve("target/generated-sources/jpar");
        project = new MavenProject();
        project.addCompileSourceRoot(main.toString());
        project.addCompileSourceRoot(dir.resolve("src/main/missing").toString());
        project.addCompileSourceRoot(generated.toString());
    }

    @Test
    void readsTheExistingRootsInOrder() {
        assertEquals(List.of(main, generated), SourceRoots.toProcess(project, output));
    }

    @Test
    void neverReadsItsOwnOutput() throws IOException {
        project.addCompileSourceRoot(Files.createDirectories(output).toString());

        assertEquals(List.of(main, generated), SourceRoots.toProcess(project, output));
    }

    @Test
    void replacesTheRootsReadByTheOutputInPlaceOfTheFirst() {
        SourceRoots.replace(project, List.of(main, generated), output);

        assertEquals(List.of(output.toString(), dir.resolve("src/main/missing").toString()),
                project.getCompileSourceRoots());
    }

    @Test
    void rootsAddedLaterStayAndTheUserRootsAreStillKnown() throws IOException {
        SourceRoots.replace(project, List.of(main, generated), output);
        Path later = Files.createDirectories(dir.resolve("target/generated-sources/annotations"));
        project.addCompileSourceRoot(later.toString());

        assertEquals(List.of(main, generated), SourceRoots.toProcess(project, null),
                "after the swap a later goal still reads what the user wrote");
        assertEquals(later.toString(), project.getCompileSourceRoots().get(2));
    }
}
