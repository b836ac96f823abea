package io.jpar.processor.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.jpar.processor.InMemoryJava;
import io.jpar.processor.JparProcessor;
import io.jpar.processor.ProcessorOptions;
import io.jpar.processor.ProcessorResult;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Differential tests of the CLUSTER target: each program of {@code src/test/resources/cluster-differential} is
 * compiled as written and as rewritten by jpar, and {@code result()} of the rewritten one must agree with the
 * original's (exactly, or within the program's relative {@code TOLERANCE} for floating-point reductions):
 * outside a cluster job (the CPU fallback, with its warning), and as a job of 1, 2 and 3 ranks inside this JVM
 * ({@link InProcessJob}: jpar's runtime with an in-memory transport), where every value travels as the generated
 * {@code move} says. Real multi-JVM jobs on MPJ Express are tested by the runtime, launcher and samples.
 */
class ClusterDifferentialTest {

    private static final Path PROGRAMS = Path.of("src/test/resources/cluster-differential");
    private static final Path CPU_PROGRAMS = Path.of("src/test/resources/differential");

    static Stream<String> programs() throws IOException {
        try (Stream<Path> files = Files.list(PROGRAMS)) {
            return files.map(p -> p.getFileName().toString().replace(".java", "")).sorted().toList().stream();
        }
    }

    @AfterEach
    void clearSettings() {
        System.clearProperty("jpar.threads");
        System.clearProperty("jpar.fallback");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void rewrittenAgreesWithOriginal(String name, @TempDir Path tmp) throws Exception {
        String original = Files.readString(PROGRAMS.resolve(name + ".java"));
        String rewritten = rewrite(name, original, tmp);
        Map<String, byte[]> sequential = InMemoryJava.compileToBytes(Map.of(name, original));
        Map<String, byte[]> parallel = InMemoryJava.compileToBytes(Map.of(name, rewritten));
        Object expected = InMemoryJava.load(sequential).loadClass(name).getMethod("result").invoke(null);
        Double tolerance = tolerance(sequential, name);

        System.setProperty("jpar.threads", "2");
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        Object fallback;
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            fallback = InMemoryJava.load(parallel).loadClass(name).getMethod("result").invoke(null);
        } finally {
            System.setErr(err);
        }
        assertSame(expected, fallback, tolerance, name + " outside a cluster job");
        assertTrue(captured.toString(StandardCharsets.UTF_8).contains("not started as a cluster job"),
                name + ": the fallback says why: " + captured);

        for (int np = 1; np <= 3; np++) {
            InProcessJob.Outcome job = InProcessJob.run(parallel, name, np);
            String where = name + " as a job of " + np + " ranks";
            assertEquals(null, job.thrown(), where);
            assertEquals(np > 1, job.rank1Replied(), where + ": rank 1 ran blocks");
            assertSame(expected, job.value(), tolerance, where);
        }
    }

    static Stream<String> cpuPrograms() throws IOException {
        try (Stream<Path> files = Files.list(CPU_PROGRAMS)) {
            return files.map(p -> p.getFileName().toString().replace(".java", "")).sorted().toList().stream();
        }
    }

    /**
     * The CPU target's differential programs with {@code target = CLUSTER}: each runs as a job of 3 ranks with the
     * sequential result, or is refused by a CLUSTER check (never by an internal error, never a wrong result).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cpuPrograms")
    void cpuProgramsOnAClusterAgreeOrAreRefused(String name, @TempDir Path tmp) throws Exception {
        String original = Files.readString(CPU_PROGRAMS.resolve(name + ".java"));
        String cluster = original.replaceAll("@Parallel\\(", "@Parallel(target = io.jpar.Target.CLUSTER, ")
                .replaceAll("@Parallel(?!\\()", "@Parallel(target = io.jpar.Target.CLUSTER)");
        Path root = tmp.resolve("src");
        Files.createDirectories(root);
        Files.writeString(root.resolve(name + ".java"), cluster);
        ProcessorResult result = new JparProcessor(ProcessorOptions.defaults()).process(List.of(root), tmp.resolve("out"));
        if (result.hasErrors()) {
            String errors = result.diagnostics().toString();
            assertTrue(errors.contains("cluster job") && !errors.contains("internal error"), name + ": refused for a CLUSTER reason: " + errors);
            return;
        }
        String rewritten = Files.readString(tmp.resolve("out").resolve(name + ".java"));
        Map<String, byte[]> sequential = InMemoryJava.compileToBytes(Map.of(name, original));
        Object expected = null;
        String thrown = null;
        try {
            expected = InMemoryJava.load(sequential).loadClass(name).getMethod("result").invoke(null);
        } catch (InvocationTargetException e) {
            thrown = e.getCause().getClass().getName() + ": " + e.getCause().getMessage();
        }
        System.setProperty("jpar.threads", "2");
        InProcessJob.Outcome job = InProcessJob.run(InMemoryJava.compileToBytes(Map.of(name, rewritten)), name, 3);
        assertEquals(thrown, job.thrown(), name + " as a job of 3 ranks: the same exception");
        if (thrown == null) {
            assertSame(expected, job.value(), tolerance(sequential, name), name + " as a job of 3 ranks");
        }
    }

    @Test
    void fallbackCanBeAnError(@TempDir Path tmp) throws Exception {
        String original = Files.readString(PROGRAMS.resolve("ClusterMidpoint.java"));
        Map<String, byte[]> parallel = InMemoryJava.compileToBytes(Map.of("ClusterMidpoint", rewrite("ClusterMidpoint", original, tmp)));
        System.setProperty("jpar.fallback", "error");
        try {
            InMemoryJava.load(parallel).loadClass("ClusterMidpoint").getMethod("result").invoke(null);
            fail("jpar.fallback=error: a CLUSTER loop outside a cluster job must fail");
        } catch (InvocationTargetException e) {
            assertEquals(IllegalStateException.class, e.getCause().getClass());
            assertTrue(e.getCause().getMessage().contains("not started as a cluster job"), e.getCause().getMessage());
        }
    }

    private static String rewrite(String name, String original, Path tmp) throws IOException {
        Path root = tmp.resolve("src");
        Files.createDirectories(root);
        Files.writeString(root.resolve(name + ".java"), original);
        ProcessorResult result = new JparProcessor(ProcessorOptions.defaults()).process(List.of(root), tmp.resolve("out"));
        assertFalse(result.hasErrors(), () -> "jpar refused " + name + ": " + result.diagnostics());
        String rewritten = Files.readString(tmp.resolve("out").resolve(name + ".java"));
        assertTrue(rewritten.contains("io.jpar.runtime.cluster.ClusterLoops."), "the loops run on jpar's cluster runtime");
        return rewritten;
    }

    private static Double tolerance(Map<String, byte[]> classes, String name) throws Exception {
        try {
            Field f = InMemoryJava.load(classes).loadClass(name).getDeclaredField("TOLERANCE");
            f.setAccessible(true);
            return f.getDouble(null);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    private static void assertSame(Object expected, Object actual, Double tolerance, String where) {
        if (tolerance == null) {
            assertTrue(Arrays.deepEquals(new Object[] {expected}, new Object[] {actual}), () -> where + ": expected "
                    + Arrays.deepToString(new Object[] {expected}) + " but got " + Arrays.deepToString(new Object[] {actual}));
        } else if (expected instanceof Double e && actual instanceof Double a) {
            close(e, a, tolerance, where);
        } else if (expected instanceof double[] e && actual instanceof double[] a) {
            assertEquals(e.length, a.length, where);
            for (int k = 0; k < e.length; k++) {
                close(e[k], a[k], tolerance, where + ", element " + k);
            }
        } else {
            fail(where + ": cannot compare " + expected + " and " + actual + " within a tolerance");
        }
    }

    private static void close(double e, double a, double tolerance, String where) {
        double bound = tolerance * Math.max(1.0, Math.abs(e));
        assertTrue(Math.abs(e - a) <= bound, () -> where + ": expected " + e + " but got " + a + " (bound " + bound + ")");
    }
}
