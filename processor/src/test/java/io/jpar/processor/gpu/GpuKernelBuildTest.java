package io.jpar.processor.gpu;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.jpar.processor.JparProcessor;
import io.jpar.processor.ProcessorOptions;
import io.jpar.processor.ProcessorResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kernel jpar writes for the accepted GPU golden cases builds with a real OpenCL compiler (PoCL here):
 * a kernel that does not compile is a jpar bug, found at build time of jpar rather than at a user's launch.
 */
class GpuKernelBuildTest {

    private static final Path CASES = Path.of("src/test/resources/cases");
    private static final Pattern CLASS = Pattern.compile("(?m)^(?:public\\s+|abstract\\s+|final\\s+)*(?:class|interface|enum|record)\\s+(\\w+)");

    static Stream<String> acceptedGpuCases() throws IOException {
        try (Stream<Path> dirs = Files.list(CASES)) {
            return dirs.filter(d -> d.getFileName().toString().startsWith("gpu_") && Files.exists(d.resolve("after.java")))
                    .map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("acceptedGpuCases")
    void kernelsBuild(String name, @TempDir Path tmp) throws IOException {
        String reason = OpenCl.unavailable();
        if (reason != null) {
            System.out.println("GpuKernelBuildTest skipped: " + reason);
        }
        assumeTrue(reason == null, reason);
        String before = Files.readString(CASES.resolve(name).resolve("before.java"));
        Matcher m = CLASS.matcher(before);
        assertTrue(m.find());
        Path root = tmp.resolve("src");
        Files.createDirectories(root);
        Files.writeString(root.resolve(m.group(1) + ".java"), before);
        Path kernels = tmp.resolve("kernels");
        ProcessorResult r = new JparProcessor(ProcessorOptions.defaults().withKernelDir(kernels)).process(List.of(root), tmp.resolve("out"));
        assertFalse(r.hasErrors(), () -> r.diagnostics().toString());
        List<Path> files;
        try (Stream<Path> s = Files.list(kernels)) {
            files = s.sorted().toList();
        }
        assertFalse(files.isEmpty(), "a GPU case writes kernel files");
        for (Path f : files) {
            String kernel = f.getFileName().toString().replaceFirst("\\.cl$", "");
            OpenCl.get().build(kernel, Files.readString(f));
        }
    }
}
