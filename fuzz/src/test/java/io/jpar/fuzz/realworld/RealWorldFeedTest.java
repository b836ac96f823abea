package io.jpar.fuzz.realworld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real-world Java that is not jpar's: Apache Commons Lang's sources (a pinned test dependency with classifier
 * {@code sources}), {@code @Parallel} on every method with a for loop. jpar must not crash, must decide every
 * method, and what it rewrites must compile against the library's own classes.
 */
class RealWorldFeedTest {

    /** A bounded subset keeps {@code mvn verify} short; the command line runs the whole library. */
    private static final int FILES = 70;

    @Test
    void commonsLangGetsADecisionForEveryMethodAndCompiles(@TempDir Path work) throws Exception {
        Path sources = jarOf(getClass().getClassLoader().getResource("org/apache/commons/lang3/StringUtils.java"));
        Path classes = Path.of(org.apache.commons.lang3.StringUtils.class.getProtectionDomain().getCodeSource().getLocation().toURI());

        RealWorldFeed.Report report = new RealWorldFeed(work).run(sources, classes.toString(), FILES);

        System.out.println("real-world feed (commons-lang3 sources): " + report.line());
        assertEquals(FILES, report.files());
        assertTrue(report.annotated() > 100, "the subset has many methods with loops: " + report.line());
        assertTrue(report.accepted() > 0 && report.refused() > 0, "some loops are accepted, some refused: " + report.line());
        assertTrue(report.compiledFiles() > 0, "rewritten files were compiled: " + report.line());
        assertEquals("", String.join("\n", report.problems()), report.line());
    }

    private static Path jarOf(URL resource) throws URISyntaxException {
        String s = resource.toString();
        if (!s.startsWith("jar:file:")) {
            throw new IllegalStateException("commons-lang3 sources are expected in a jar, found " + s);
        }
        return Path.of(new java.net.URI(s.substring(4, s.indexOf("!/"))));
    }
}
