package io.jpar.processor.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jpar.processor.InMemoryJava;
import io.jpar.processor.JparProcessor;
import io.jpar.processor.ProcessorOptions;
import io.jpar.processor.ProcessorResult;
import io.jpar.processor.diag.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden cases in Lombok's style: {@code cases/<name>/before.java} goes through the processor; its diagnostics
 * must equal {@code messages.txt} ({@code LINE: error: text}, one per line) and its output {@code after.java}
 * (absent when the case has errors). Every after.java must also compile against jpar-runtime.
 * Run with {@code -Djpar.golden.write=true} to write the actual outputs over the expected ones (then review
 * them with git diff before committing); {@code -Djpar.golden.write=gpu_} writes only the cases whose name starts
 * with {@code gpu_} (and checks the others as usual).
 */
class GoldenCasesTest {

    private static final Path CASES = Path.of("src/test/resources/cases");
    private static final String KERNEL_HOLDER = "\n// the OpenCL kernels of ";
    private static final Pattern CLASS = Pattern.compile("(?m)^(?:public\\s+|abstract\\s+|final\\s+)*(?:class|interface|enum|record)\\s+(\\w+)");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(CASES)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesGolden(String name, @TempDir Path tmp) throws IOException {
        Path dir = CASES.resolve(name);
        String before = Files.readString(dir.resolve("before.java"));
        Matcher m = CLASS.matcher(before);
        String className = m.find() ? m.group(1) : "Broken";
        Path root = tmp.resolve("src");
        Files.createDirectories(root);
        Files.writeString(root.resolve(className + ".java"), before);
        Path out = tmp.resolve("out");
        ProcessorResult result = new JparProcessor(ProcessorOptions.defaults().withDisplayBase(root)).process(List.of(root), out);

        String messages = result.diagnostics().stream().map(GoldenCasesTest::line).collect(Collectors.joining("\n"));
        Path output = out.resolve(className + ".java");
        String after = Files.exists(output) ? Files.readString(output) : "";
        String write = System.getProperty("jpar.golden.write", "false");
        if (write.equals("true") || (!write.equals("false") && name.startsWith(write))) {
            Files.writeString(dir.resolve("messages.txt"), messages.isEmpty() ? "" : messages + "\n");
            if (result.hasErrors()) {
                Files.deleteIfExists(dir.resolve("after.java"));
            } else {
                Files.writeString(dir.resolve("after.java"), after);
            }
            return;
        }
        String expectedMessages = Files.readString(dir.resolve("messages.txt")).strip();
        assertEquals(expectedMessages, messages, "diagnostics of " + name);
        Path expectedAfter = dir.resolve("after.java");
        if (result.hasErrors()) {
            assertFalse(Files.exists(output), "nothing is written when there are errors");
            assertTrue(!Files.exists(expectedAfter) || Files.readString(expectedAfter).isEmpty(), "a case with errors has no after.java");
            return;
        }
        assertEquals(Files.readString(expectedAfter, StandardCharsets.UTF_8), after, "output of " + name);
        // a file with GPU loops gets its kernels' holder class after its last line: the file's own lines keep their numbers
        int holder = after.indexOf(KERNEL_HOLDER);
        String own = holder < 0 ? after : after.substring(0, holder);
        assertEquals(before.lines().count(), own.lines().count(), "every line keeps its number");
        InMemoryJava.compileToBytes(Map.of(className, after));
    }

    private static String line(Diagnostic d) {
        return d.line() + ": " + d.kind().label() + ": " + d.message();
    }
}
