package io.jpar.processor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shaded command-line jar, run as a user runs it: {@code java -jar jpar-processor-<v>-cli.jar}. */
class CliJarIT {

    private record Run(int exit, String out, String err) {
    }

    private static Path jar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("jpar-processor-.*-cli\\.jar")).findFirst()
                    .orElseThrow(() -> new AssertionError("no -cli.jar in target: run mvn package first"));
        }
    }

    private static Run java(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar().toAbsolutePath().toString()));
        command.addAll(List.of(args));
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        Process p = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        int exit = p.waitFor();
        return new Run(exit, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void endToEnd(@TempDir Path tmp) throws Exception {
        Path src = tmp.resolve("src");
        Files.createDirectories(src);
        Files.writeString(src.resolve("Good.java"), MainTest.GOOD);

        Run ok = java(tmp, "--out", "out", "--explain", "src");
        assertEquals(0, ok.exit(), ok.err());
        assertTrue(ok.out().contains("src/Good.java:5: static long sum(int n)"), ok.out());
        assertTrue(Files.readString(tmp.resolve("out/Good.java")).contains("// rewritten by jpar from Good.java"));

        Files.writeString(src.resolve("Bad.java"), MainTest.BAD);
        Run bad = java(tmp, "--out", "out2", "src");
        assertEquals(1, bad.exit());
        assertTrue(bad.err().contains("src/Bad.java:8:13: error: "), bad.err());
        assertFalse(Files.exists(tmp.resolve("out2/Good.java")));

        Run usage = java(tmp);
        assertEquals(2, usage.exit());
        assertTrue(usage.err().contains("usage: java -jar jpar-processor-cli.jar --out DIR [--kernels DIR] [--explain] SOURCE_ROOT..."), usage.err());
    }
}
