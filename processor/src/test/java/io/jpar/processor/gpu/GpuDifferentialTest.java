package io.jpar.processor.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jpar.processor.InMemoryJava;
import io.jpar.processor.JparProcessor;
import io.jpar.processor.ProcessorOptions;
import io.jpar.processor.ProcessorResult;
import java.io.IOException;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Differential tests on a real OpenCL device (PoCL in CI): each program of {@code src/test/resources/gpu-differential}
 * is compiled as written and as rewritten by jpar for the GPU, and {@code result()} of both must agree: exactly
 * (integers, + - * / sqrt), or within the program's relative {@code TOLERANCE} where reductions reassociate or
 * OpenCL's Math functions have their ulp limits. An exception must have the same type and message. The runtime
 * runs with {@code jpar.fallback=error}, so a loop that silently fell back to the CPU would fail the test.
 */
class GpuDifferentialTest {

    private static final Path PROGRAMS = Path.of("src/test/resources/gpu-differential");

    static Stream<String> programs() throws IOException {
        try (Stream<Path> files = Files.list(PROGRAMS)) {
            return files.map(p -> p.getFileName().toString().replace(".java", "")).sorted().toList().stream();
        }
    }

    @BeforeEach
    void noFallback() {
        System.setProperty("jpar.fallback", "error");
    }

    @AfterEach
    void clear() {
        System.clearProperty("jpar.fallback");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void gpuAgreesWithJava(String name, @TempDir Path tmp) throws Exception {
        String reason = OpenCl.unavailable();
        if (reason != null) {
            System.out.println("GpuDifferentialTest skipped: " + reason);
        }
        assumeTrue(reason == null, reason);
        OpenCl.assertJavaDivisionIntact();
        String original = Files.readString(PROGRAMS.resolve(name + ".java"));
        Path root = tmp.resolve("src");
        Files.createDirectories(root);
        Files.writeString(root.resolve(name + ".java"), original);
        ProcessorResult result = new JparProcessor(ProcessorOptions.defaults()).process(List.of(root), tmp.resolve("out"));
        assertFalse(result.hasErrors(), () -> "jpar refused " + name + ": " + result.diagnostics());
        String rewritten = Files.readString(tmp.resolve("out").resolve(name + ".java"));
        assertTrue(rewritten.contains("io.jpar.runtime.gpu.GpuLoops."), "the loops run on the GPU runtime");

        Object[] expected = run(InMemoryJava.compileToBytes(Map.of(name, original)), name);
        Object[] actual = run(InMemoryJava.compileToBytes(Map.of(name, rewritten)), name);
        if (expected[1] != null || actual[1] != null) {
            assertEquals(expected[1], actual[1], () -> name + ": the exception; the results were " + java.util.Arrays.deepToString(
                    new Object[] {expected[0]}) + " and " + java.util.Arrays.deepToString(new Object[] {actual[0]}));
            return;
        }
        Double tolerance = tolerance(name, original);
        compare(expected[0], actual[0], tolerance, name);
    }

    /** {value, null} or {null, "type: message"}. */
    private static Object[] run(Map<String, byte[]> classes, String name) throws Exception {
        ClassLoader loader = InMemoryJava.load(classes);
        try {
            return new Object[] {loader.loadClass(name).getMethod("result").invoke(null), null};
        } catch (InvocationTargetException e) {
            Throwable t = e.getCause();
            return new Object[] {null, t.getClass().getName() + ": " + t.getMessage()};
        }
    }

    private static Double tolerance(String name, String source) throws Exception {
        Class<?> c = InMemoryJava.load(InMemoryJava.compileToBytes(Map.of(name, source))).loadClass(name);
        try {
            Field f = c.getDeclaredField("TOLERANCE");
            f.setAccessible(true);
            return f.getDouble(null);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    /** Arrays element by element; floating values exactly (bits), or within the relative tolerance. */
    private static void compare(Object e, Object a, Double tolerance, String where) {
        if (e != null && e.getClass().isArray()) {
            assertTrue(a != null && a.getClass() == e.getClass(), where + ": " + a + " instead of " + e.getClass().getSimpleName());
            assertEquals(Array.getLength(e), Array.getLength(a), where + ": length");
            for (int k = 0; k < Array.getLength(e); k++) {
                compare(Array.get(e, k), Array.get(a, k), tolerance, where + "[" + k + "]");
            }
        } else if (tolerance != null && e instanceof Double x && a instanceof Double y) {
            double bound = tolerance * Math.max(1.0, Math.abs(x));
            assertTrue(x.equals(y) || Math.abs(x - y) <= bound, () -> where + ": expected " + x + " but got " + y + " (bound " + bound + ")");
        } else if (tolerance != null && e instanceof Float x && a instanceof Float y) {
            double bound = tolerance * Math.max(1.0, Math.abs(x));
            assertTrue(x.equals(y) || Math.abs(x - y) <= bound, () -> where + ": expected " + x + " but got " + y);
        } else {
            assertEquals(e, a, where);
        }
    }
}
