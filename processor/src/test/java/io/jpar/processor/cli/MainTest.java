package io.jpar.processor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line in process: exit codes, output files, where messages go. */
class MainTest {

    static final String GOOD = """
            import io.jpar.Parallel;

            class Good {
                @Parallel
                static long sum(int n) {
                    long s = 0;
                    for (int i = 0; i < n; i++) {
                        s += i;
                    }
                    return s;
                }
            }
            """;
    static final String BAD = """
            import io.jpar.Parallel;

            class Bad {
                @Parallel
                static int last(int[] a) {
                    int last = 0;
                    for (int i = 0; i < a.length; i++) {
                        last = a[i] - last;
                    }
                    return last;
                }
            }
            """;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void rewritesAndCopies(@TempDir Path tmp) throws IOException {
        Path src = tmp.resolve("src");
        Files.createDirectories(src.resolve("p"));
        Files.writeString(src.resolve("Good.java"), GOOD);
        Files.writeString(src.resolve("p/Plain.java"), "package p;\nclass Plain {}\n");
        Path outDir = tmp.resolve("out");

        assertEquals(0, run("--out", outDir.toString(), "--explain", src.toString()));
        assertTrue(Files.readString(outDir.resolve("Good.java")).contains("io.jpar.runtime.cpu.CpuLoops.forInt("));
        assertEquals("package p;\nclass Plain {}\n", Files.readString(outDir.resolve("p/Plain.java")));
        String explain = out.toString(StandardCharsets.UTF_8);
        assertTrue(explain.contains("decision: parallel on CPU threads"), explain);
        assertTrue(explain.contains("reductions: s (+, long)"), explain);
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void gpuKernelsGoBesideTheOutputOrToKernels(@TempDir Path tmp) throws IOException {
        Path src = tmp.resolve("src");
        Files.createDirectories(src);
        Files.writeString(src.resolve("Good.java"), GOOD.replace("@Parallel", "@Parallel(target = io.jpar.Target.GPU)"));

        assertEquals(0, run("--out", tmp.resolve("out").toString(), "--explain", src.toString()), err.toString(StandardCharsets.UTF_8));
        assertTrue(Files.readString(tmp.resolve("kernels/Good_sum_L7.cl")).contains("__kernel void Good_sum_L7("));
        String explain = out.toString(StandardCharsets.UTF_8);
        assertTrue(explain.contains("GPU kernel Good_sum_L7 (file Good_sum_L7.cl)"), explain);
        assertTrue(explain.contains("reduction s (+, long): combined per work-group"), explain);
        assertTrue(explain.contains("        __kernel void Good_sum_L7(const long jpar_trips, const int jpar_first, const int jpar_step,"), explain);

        assertEquals(0, run("--out", tmp.resolve("out2").toString(), "--kernels", tmp.resolve("k").toString(), src.toString()));
        assertTrue(Files.exists(tmp.resolve("k/Good_sum_L7.cl")));
        assertEquals(2, run("--out", tmp.resolve("out3").toString(), src.toString(), "--kernels"));
    }

    @Test
    void errorsGoToStderrAndExitOne(@TempDir Path tmp) throws IOException {
        Path src = tmp.resolve("src");
        Files.createDirectories(src);
        Files.writeString(src.resolve("Bad.java"), BAD);
        Path outDir = tmp.resolve("out");

        assertEquals(1, run("--out", outDir.toString(), src.toString()));
        String messages = err.toString(StandardCharsets.UTF_8);
        assertTrue(messages.contains("Bad.java:8:13: error: last is declared outside the loop and assigned here (last = a[i] - last;)"), messages);
        assertFalse(Files.exists(outDir.resolve("Bad.java")), "nothing is written when there are errors");
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void badUsageExitsTwoWithUsageLine(@TempDir Path tmp) {
        assertEquals(2, run(tmp.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("missing --out DIR"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(Main.USAGE));
        err.reset();
        assertEquals(2, run("--out", tmp.resolve("o").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("missing SOURCE_ROOT"));
        err.reset();
        assertEquals(2, run("--out", tmp.resolve("o").toString(), "--fast", tmp.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown option --fast"));
        err.reset();
        assertEquals(2, run("--out", tmp.resolve("o").toString(), tmp.resolve("missing").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("is not a folder"));
    }
}
