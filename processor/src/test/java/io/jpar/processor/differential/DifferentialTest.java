package io.jpar.processor.differential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.jpar.processor.InMemoryJava;
import io.jpar.processor.JparProcessor;
import io.jpar.processor.ProcessorOptions;
import io.jpar.processor.ProcessorResult;
import io.jpar.runtime.LoopSite;
import io.jpar.runtime.LoopStats;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Differential tests: each program of {@code src/test/resources/differential} is compiled as written and as
 * rewritten by jpar, and {@code result()} of both must agree with 1, 2 and 4 threads: exactly, or within the
 * program's {@code TOLERANCE} (relative) when it has floating-point reductions, whose partial sums jpar
 * reassociates. An exception must be the same type with the same message. Each run loads the classes afresh
 * so that every loop site is new (the runtime runs a site's first call in parallel, whatever its size).
 */
class DifferentialTest {

    private static final Path PROGRAMS = Path.of("src/test/resources/differential");

    static Stream<String> programs() throws IOException {
        try (Stream<Path> files = Files.list(PROGRAMS)) {
            return files.map(p -> p.getFileName().toString().replace(".java", "")).sorted().toList().stream();
        }
    }

    @AfterEach
    void clearThreads() {
        System.clearProperty("jpar.threads");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void rewrittenAgreesWithOriginal(String name, @TempDir Path tmp) throws Exception {
        String original = Files.readString(PROGRAMS.resolve(name + ".java"));
        Path root = tmp.resolve("src");
        Files.createDirectories(root);
        Files.writeString(root.resolve(name + ".java"), original);
        ProcessorResult result = new JparProcessor(ProcessorOptions.defaults()).process(List.of(root), tmp.resolve("out"));
        assertFalse(result.hasErrors(), () -> "jpar refused " + name + ": " + result.diagnostics());
        assertEquals(List.of(Path.of(name + ".java")), result.rewritten());
        String rewritten = Files.readString(tmp.resolve("out").resolve(name + ".java"));
        assertTrue(rewritten.contains("io.jpar.runtime.cpu.CpuLoops."), "the loops run on jpar's runtime");

        Map<String, byte[]> sequential = InMemoryJava.compileToBytes(Map.of(name, original));
        Map<String, byte[]> parallel = InMemoryJava.compileToBytes(Map.of(name, rewritten));
        Outcome expected = run(sequential, name);
        Double tolerance = tolerance(sequential, name);
        for (int threads : new int[] {1, 2, 4}) {
            System.setProperty("jpar.threads", Integer.toString(threads));
            Outcome actual = run(parallel, name);
            String where = name + " with " + threads + " threads";
            if (actual.thrown == null) {
                long parallelCalls = parallelCalls(parallel, actual.loader);
                assertTrue(threads == 1 ? parallelCalls == 0 : parallelCalls > 0,
                        where + ": " + parallelCalls + " loop calls ran on the pool");
            }
            if (expected.thrown != null || actual.thrown != null) {
                assertEquals(String.valueOf(expected.thrown), String.valueOf(actual.thrown), where);
            } else if (tolerance == null) {
                assertTrue(Arrays.deepEquals(new Object[] {expected.value}, new Object[] {actual.value}),
                        () -> where + ": expected " + Arrays.deepToString(new Object[] {expected.value}) + " but got "
                                + Arrays.deepToString(new Object[] {actual.value}));
            } else {
                assertClose(expected.value, actual.value, tolerance, where);
            }
        }
    }

    private record Outcome(Object value, String thrown, ClassLoader loader) {
    }

    private static Outcome run(Map<String, byte[]> classes, String name) throws Exception {
        ClassLoader loader = InMemoryJava.load(classes);
        Method result = loader.loadClass(name).getMethod("result");
        try {
            return new Outcome(result.invoke(null), null, loader);
        } catch (InvocationTargetException e) {
            Throwable t = e.getCause();
            return new Outcome(null, t.getClass().getName() + ": " + t.getMessage(), loader);
        }
    }

    /** How many calls of the program's generated loops the runtime ran on its pool, not inline. */
    private static long parallelCalls(Map<String, byte[]> classes, ClassLoader loader) throws Exception {
        long calls = 0;
        for (String c : classes.keySet()) {
            if (c.contains("JparLoop")) {
                Field site = loader.loadClass(c).getDeclaredField("SITE");
                site.setAccessible(true);
                LoopStats stats = ((LoopSite) site.get(null)).stats();
                calls += stats.calls() - stats.inlineCalls();
            }
        }
        return calls;
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

    private static void assertClose(Object expected, Object actual, double tolerance, String where) {
        if (expected instanceof Double e && actual instanceof Double a) {
            close(e, a, tolerance, where);
        } else if (expected instanceof double[] e && actual instanceof double[] a) {
            assertEquals(e.length, a.length, where);
            for (int k = 0; k < e.length; k++) {
                close(e[k], a[k], tolerance, where + ", element " + k);
            }
        } else if (expected instanceof Float e && actual instanceof Float a) {
            close(e, a, tolerance, where);
        } else if (expected instanceof float[] e && actual instanceof float[] a) {
            assertEquals(e.length, a.length, where);
            for (int k = 0; k < e.length; k++) {
                close(e[k], a[k], tolerance, where + ", element " + k);
            }
        } else if (expected instanceof Object[] e && actual instanceof Object[] a) {
            // several results: floating ones within the tolerance, every other one exactly
            assertEquals(e.length, a.length, where);
            for (int k = 0; k < e.length; k++) {
                assertClose(e[k], a[k], tolerance, where + ", result " + k);
            }
        } else if (expected != null && expected.getClass().isArray() && !(expected instanceof double[])
                && !(expected instanceof float[])) {
            assertTrue(java.util.Objects.deepEquals(expected, actual), () -> where + ": expected " + java.util.Arrays.deepToString(
                    new Object[] {expected}) + " but got " + java.util.Arrays.deepToString(new Object[] {actual}));
        } else if (expected instanceof Number || expected instanceof Boolean || expected instanceof String) {
            assertEquals(expected, actual, where); // a boxed scalar other than a double: exactly
        } else {
            fail(where + ": cannot compare " + expected + " and " + actual);
        }
    }

    private static void close(double e, double a, double tolerance, String where) {
        double bound = tolerance * Math.max(1.0, Math.abs(e));
        assertTrue(Math.abs(e - a) <= bound, () -> where + ": expected " + e + " but got " + a + " (bound " + bound + ")");
    }
}
