package io.jpar.processor.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jpar.processor.JparProcessor;
import io.jpar.processor.ProcessorOptions;
import io.jpar.processor.ProcessorResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jpar:explain report names each loop, the decision, what was proven, and shows the generated code. */
class ExplainReportTest {

    private static final String SOURCE = """
            import io.jpar.Parallel;
            import io.jpar.Schedule;

            class Report {
                @Parallel(schedule = Schedule.DYNAMIC)
                static long run(int[] a, int[] b, java.util.List<Integer> list) {
                    long sum = 0;
                    for (int i = 0; i < a.length; i++) {
                        a[i] = b[i + 1] + list.get(0);
                        for (int j = 0; j < 3; j++) {
                            sum += j;
                        }
                    }
                    int k = 0;
                    while (k < 3) {
                        k++;
                    }
                    return sum + k;
                }
            }
            """;

    @Test
    void reportsDecisionsProofsAndCode(@TempDir Path tmp) throws IOException {
        Path src = tmp.resolve("src");
        Files.createDirectories(src);
        Files.writeString(src.resolve("Report.java"), SOURCE);
        ProcessorResult r = new JparProcessor(ProcessorOptions.defaults().withExplain(true).withDisplayBase(tmp))
                .process(List.of(src), tmp.resolve("out"));
        String text = r.explain();
        List<String> expected = List.of(
                "src/Report.java:6: static long run(int[] a, int[] b, java.util.List<Integer> list)",
                "  @Parallel: target CPU, schedule DYNAMIC, chunk 0, threads 0, collapse 1",
                "  loop Report.java:8: for (int i = 0; i < a.length; i++)",
                "    decision: parallel on CPU threads",
                "    writes: a[i] (injective: i)",
                "    reductions: sum (+, long)",
                "    aliasing: checked before the loop runs: written [a], read elsewhere [b]; on a clash the loop runs sequentially with a warning",
                "    call at line 9: List.get(): known safe",
                "  loop Report.java:10: for (int j = 0; j < 3; j++)",
                "    decision: sequential: inside the parallel loop at line 8: it runs sequentially within each iteration",
                "  loop Report.java:15: while (k < 3)",
                "    decision: sequential: the while loop has no index jpar can split between threads",
                "  generated code:",
                "     12 |             }");
        for (String line : expected) {
            assertTrue(text.lines().anyMatch(line::equals), () -> "missing line\n" + line + "\nin\n" + text);
        }
        assertTrue(text.contains("     13 |         } this.sum = sum; } static final io.jpar.runtime.LoopSite SITE = "), text);
        assertEquals(0, r.diagnostics().stream().filter(d -> d.message().contains("List.get()")).count(), r.diagnostics().toString());
        assertEquals(1, r.diagnostics().stream().filter(d -> d.message().startsWith("the loop at line 15 stays sequential")).count());
    }

    @Test
    void listsEveryCallAcceptedOnTrust(@TempDir Path tmp) throws IOException {
        String source = """
                import io.jpar.Parallel;

                class Trusting {
                    interface Cache {
                        int lookup(int key);
                    }

                    @Parallel(trust = "Cache.lookup")
                    static void fill(int[] out, Cache cache) {
                        for (int i = 0; i < out.length; i++) {
                            out[i] = cache.lookup(i);
                        }
                    }
                }
                """;
        Path src = tmp.resolve("src");
        Files.createDirectories(src);
        Files.writeString(src.resolve("Trusting.java"), source);
        ProcessorResult r = new JparProcessor(ProcessorOptions.defaults().withExplain(true).withDisplayBase(tmp))
                .process(List.of(src), tmp.resolve("out"));
        assertTrue(r.diagnostics().isEmpty(), r.diagnostics().toString());
        assertTrue(r.explain().lines().anyMatch(("    call at line 11: Cache.lookup(): vouched for by trust: jpar cannot see"
                + " inside it, abstract: jpar cannot tell which implementation runs")::equals), r.explain());
    }

    @Test
    void arrayReductionUnderAutoRunsStatic(@TempDir Path tmp) throws IOException {
        String source = """
                import io.jpar.Parallel;
                import io.jpar.Schedule;

                class Histogram {
                    @Parallel
                    static void auto(int[] data, long[] counts) {
                        for (int i = 0; i < data.length; i++) {
                            counts[data[i]]++;
                        }
                    }

                    @Parallel(schedule = Schedule.DYNAMIC, chunk = 64)
                    static void dynamic(int[] data, long[] counts) {
                        for (int i = 0; i < data.length; i++) {
                            counts[data[i]]++;
                        }
                    }
                }
                """;
        String text = explain(tmp, "Histogram", source);
        List<String> schedules = text.lines().filter(l -> l.startsWith("    schedule: ")).toList();
        assertEquals(2, schedules.size(), text);
        assertTrue(schedules.get(0).startsWith("    schedule: STATIC (chosen by jpar: array reduction, one copy per thread), chunk chosen by jpar,"),
                text);
        assertTrue(schedules.get(1).startsWith("    schedule: DYNAMIC, chunk 64,"), text);
        assertTrue(text.contains("io.jpar.Schedule.STATIC, 0, 0"), text);
        assertTrue(text.contains("io.jpar.Schedule.DYNAMIC, 64, 0"), text);
    }

    @Test
    void namesFreshArraysLeftOutOfTheAliasCheck(@TempDir Path tmp) throws IOException {
        String source = """
                import io.jpar.Parallel;

                class Fresh {
                    @Parallel
                    static double[] mixed(double[] a, double[] b) {
                        double[] out = new double[a.length];
                        for (int i = 1; i < a.length; i++) {
                            a[i] = b[i - 1];
                            out[i] = a[i];
                        }
                        return out;
                    }

                    @Parallel
                    static double[] alone(double[] a) {
                        double[] out = new double[a.length];
                        for (int i = 1; i < a.length; i++) {
                            out[i] = a[i - 1];
                        }
                        return out;
                    }
                }
                """;
        String text = explain(tmp, "Fresh", source);
        List<String> aliasing = text.lines().filter(l -> l.startsWith("    aliasing: ")).toList();
        assertEquals(List.of(
                "    aliasing: checked before the loop runs: written [a], read elsewhere [b]; on a clash the loop runs sequentially"
                        + " with a warning; proven fresh (created by the method, never shared), so not checked: [out]",
                "    aliasing: no run-time check needed; proven fresh (created by the method, never shared), so not checked: [out]"),
                aliasing, text);
    }

    private static String explain(Path tmp, String className, String source) throws IOException {
        Path src = tmp.resolve("src");
        Files.createDirectories(src);
        Files.writeString(src.resolve(className + ".java"), source);
        ProcessorResult r = new JparProcessor(ProcessorOptions.defaults().withExplain(true).withDisplayBase(tmp))
                .process(List.of(src), tmp.resolve("out"));
        assertTrue(r.diagnostics().stream().noneMatch(d -> d.isError()), () -> r.diagnostics().toString());
        return r.explain();
    }

    @Test
    void emptyWhenNotAsked(@TempDir Path tmp) throws IOException {
        Path src = tmp.resolve("src");
        Files.createDirectories(src);
        Files.writeString(src.resolve("Report.java"), SOURCE);
        assertEquals("", new JparProcessor(ProcessorOptions.defaults()).process(List.of(src), tmp.resolve("out")).explain());
    }
}
