package io.jpar.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jpar.processor.diag.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The processor never throws and never reports an internal error, whatever it is given. */
class RobustnessTest {

    private static ProcessorResult process(Path tmp, Map<String, String> files) throws IOException {
        Path root = tmp.resolve("src");
        Files.createDirectories(root);
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path p = root.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
        }
        ProcessorResult r = new JparProcessor(ProcessorOptions.defaults().withExplain(true).withDisplayBase(root))
                .process(List.of(root), tmp.resolve("out"));
        for (Diagnostic d : r.diagnostics()) {
            assertFalse(d.message().contains("internal error"), d::toString);
        }
        return r;
    }

    @Test
    void oddFilesAreReportedAndTheOthersStillProcessed(@TempDir Path tmp) throws IOException {
        ProcessorResult r = process(tmp, Map.of(
                "Empty.java", "",
                "Junk.java", "\u0000\u0001 this is not Java {{{ ]]",
                "Half.java", "class Half { void m() { for (int i = 0; i <",
                "Good.java", "import io.jpar.Parallel; class Good { @Parallel static void m(int[] a) { for (int i = 0; i < a.length; i++) a[i] = i; } }"));
        assertTrue(r.hasErrors());
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.file().toString().equals("Junk.java") && d.line() > 0));
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.file().toString().equals("Half.java")));
        assertTrue(r.diagnostics().stream().noneMatch(d -> d.file().toString().equals("Good.java")));
        assertTrue(r.diagnostics().stream().noneMatch(d -> d.file().toString().equals("Empty.java")));
    }

    @Test
    void annotationsInOddPlaces(@TempDir Path tmp) throws IOException {
        String odd = """
                import io.jpar.*;
                import java.util.function.*;

                @Parallel
                class Odd<T> {
                    @Parallel int field;
                    enum E { A { @Parallel void m() { for (int i = 0; i < 3; i++) { } } } }
                    record R(int x) { @Parallel static void r(int[] a) { for (int i = 0; i < a.length; i++) a[i] = i; } }
                    interface I { @Parallel default void d(int[] a) { for (int i = 0; i < a.length; i++) a[i] = 1; } }
                    void param(@Parallel int p) { }
                    @Parallel <U> void generic(U[] u, T[] t) { for (int i = 0; i < u.length; i++) { u[i] = null; } }
                    @Parallel static void vars(int[] a) { var s = 0L; for (var i = 0; i < a.length; i++) { s += a[i]; } }
                    @Parallel static void anon(int[] a) {
                        Runnable r = new Runnable() { @Parallel public void run() { for (int i = 0; i < a.length; i++) a[i] = 2; } };
                        for (int i = 0; i < a.length; i++) { IntUnaryOperator f = x -> x + 1; a[i] = f.applyAsInt(i); }
                    }
                    @Parallel static void sw(int[] a, int k) {
                        switch (k) { case 1: for (int i = 0; i < a.length; i++) a[i] = 3; break; default: }
                    }
                    @Parallel static void weird(int[] a) { for (;;) { break; } }
                    @Parallel static int nested(int[][] a) {
                        int n = 0;
                        for (int i = 0; i < a.length; i++) { for (int j = 0; j < a[i].length; j++) { a[i][j] = j; } }
                        for (int k = 0; k < 3; k++) n++;
                        return n;
                    }
                }
                """;
        ProcessorResult r = process(tmp, Map.of("Odd.java", odd));
        assertTrue(r.hasErrors(), "misplaced annotations are errors");
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.line() == 4 && d.message().contains("not allowed here")));
    }

    @Test
    void keepsLinesWithCrLfAndTabs(@TempDir Path tmp) throws IOException {
        String text = "import io.jpar.Parallel;\r\nclass Crlf {\r\n\t@Parallel\r\n\tstatic long s(int n) {\r\n\t\tlong t = 0;\r\n"
                + "\t\tfor (int i = 0;\r\n\t\t     i < n;\r\n\t\t     i++) {\r\n\t\t\tt += i; /* \u00e9 */\r\n\t\t}\r\n\t\treturn t;\r\n\t}\r\n}\r\n";
        ProcessorResult r = process(tmp, Map.of("Crlf.java", text));
        assertFalse(r.hasErrors(), r.diagnostics()::toString);
        String out = Files.readString(tmp.resolve("out/Crlf.java"), StandardCharsets.UTF_8);
        assertEquals(text.split("\r\n", -1).length, out.split("\r\n", -1).length, out);
        assertTrue(out.contains("\t\t\tt += i; /* \u00e9 */\r\n"), out);
        InMemoryJava.compileToBytes(Map.of("Crlf", out));
    }

    @Test
    void truncatedSourcesNeverBreakTheProcessor(@TempDir Path tmp) throws IOException {
        List<String> samples;
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/differential"))) {
            samples = files.sorted().map(p -> {
                try {
                    return Files.readString(p);
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
            }).toList();
        }
        SplittableRandom random = new SplittableRandom(2026);
        for (int round = 0; round < 40; round++) {
            String s = samples.get(random.nextInt(samples.size()));
            int cut = random.nextInt(s.length());
            String mutated = random.nextBoolean() ? s.substring(0, cut) : s.substring(0, cut) + s.substring(Math.min(s.length(), cut + 7));
            Path dir = tmp.resolve("r" + round);
            process(dir, Map.of("X.java", mutated));
        }
    }
}
