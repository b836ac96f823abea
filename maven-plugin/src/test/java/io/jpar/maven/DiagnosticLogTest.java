package io.jpar.maven;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jpar.processor.diag.Diagnostic;
import io.jpar.processor.diag.Diagnostic.Kind;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

class DiagnosticLogTest {

    private static final Diagnostic WARNING =
            new Diagnostic(Kind.WARNING, Path.of("src/main/java/p/A.java"), 3, 9, "loop left sequential");
    private static final Diagnostic ERROR_1 =
            new Diagnostic(Kind.ERROR, Path.of("src/main/java/p/B.java"), 7, 13, "loop-carried write to a[i - 1]");
    private static final Diagnostic ERROR_2 =
            new Diagnostic(Kind.ERROR, Path.of("src/main/java/p/C.java"), 12, 5, "break leaves the loop");
    private static final Diagnostic NOTE =
            new Diagnostic(Kind.NOTE, Path.of("src/main/java/p/A.java"), 4, 1, "reduction on sum");

    @Test
    void printsEachDiagnosticJavacStyleAtItsLevel() {
        MojoFixture.RecordingLog log = new MojoFixture.RecordingLog();

        new DiagnosticLog(log).print(List.of(WARNING, ERROR_1, NOTE));

        assertEquals(List.of(
                "warn src/main/java/p/A.java:3:9: warning: loop left sequential",
                "error src/main/java/p/B.java:7:13: error: loop-carried write to a[i - 1]",
                "info src/main/java/p/A.java:4:1: note: reduction on sum"), log.lines);
    }

    @Test
    void summaryCountsFilesRewrittenAndProblems() {
        assertEquals("jpar: 3 files, 2 rewritten, 1 warning", DiagnosticLog.summary(3, 2, List.of(WARNING, NOTE)));
        assertEquals("jpar: 1 file, 0 rewritten", DiagnosticLog.summary(1, 0, List.of()));
        assertEquals("jpar: 4 files, 1 rewritten, 2 errors, 1 warning",
                DiagnosticLog.summary(4, 1, List.of(ERROR_1, WARNING, ERROR_2)));
    }

    @Test
    void failureNamesTheCountAndTheFirstError() {
        MojoFailureException e = assertThrows(MojoFailureException.class,
                () -> DiagnosticLog.failOnErrors(List.of(WARNING, ERROR_1, ERROR_2)));

        assertEquals("jpar found 2 errors; the first: src/main/java/p/B.java:7:13: error: "
                + "loop-carried write to a[i - 1]", e.getMessage());
    }

    @Test
    void oneErrorIsNamedAlone() {
        MojoFailureException e = assertThrows(MojoFailureException.class,
                () -> DiagnosticLog.failOnErrors(List.of(ERROR_2)));

        assertEquals("jpar found 1 error: src/main/java/p/C.java:12:5: error: break leaves the loop",
                e.getMessage());
    }

    @Test
    void warningsAloneDoNotFail() {
        assertDoesNotThrow(() -> DiagnosticLog.failOnErrors(List.of(WARNING, NOTE)));
    }
}
