package io.jpar.processor.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.stmt.ForStmt;
import io.jpar.processor.analysis.CallAnalyzer;
import io.jpar.processor.analysis.LoopAnalyzer;
import io.jpar.processor.analysis.LoopModel;
import io.jpar.processor.analysis.ParallelAnnotation;
import io.jpar.processor.diag.Diagnostics;
import io.jpar.processor.parse.DisplayPaths;
import io.jpar.processor.parse.SourceFile;
import io.jpar.processor.parse.SourceSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Tests one check alone, in Error Prone's style: the source marks each line the check must refuse with a comment
 * on the line before it, {@code // BUG: Diagnostic contains: TEXT}; the check runs on the analysis of the first
 * loop of every {@code @Parallel} method, and must refuse exactly the marked lines, each with a message containing
 * its text. Lines without a mark are ones the check must accept.
 */
final class CheckTester {

    private static final String MARK = "// BUG: Diagnostic contains: ";

    private final Function<LoopModel, List<Refusal>> check;
    private final String name;

    private CheckTester(Function<LoopModel, List<Refusal>> check, String name) {
        this.check = check;
        this.name = name;
    }

    static CheckTester of(LoopCheck check) {
        return new CheckTester(check::check, check.getClass().getSimpleName());
    }

    static CheckTester of(Function<LoopModel, List<Refusal>> check, String name) {
        return new CheckTester(check, name);
    }

    /**
     * One source marking lines for several checks ({@code // MARK Check: text}), as the test of {@code check}: its
     * marks become Error Prone's, the others plain comments.
     */
    static String marksOf(String source, String check) {
        return source.replace("// MARK " + check + ": ", MARK).replaceAll("// MARK \\w+: ", "// ");
    }

    /** Runs the check on {@code source} (a compilation unit of class {@code type}) in {@code dir}, and asserts the marks. */
    void expect(Path dir, String type, String source) {
        Map<Integer, String> expected = new TreeMap<>();
        String[] lines = source.split("\n", -1);
        for (int k = 0; k < lines.length; k++) {
            int at = lines[k].indexOf(MARK);
            if (at >= 0) {
                expected.put(k + 2, lines[k].substring(at + MARK.length()).trim());
            }
        }
        assertFalse(expected.isEmpty() && !source.contains("@Parallel"), "a test source needs a @Parallel method");
        Map<Integer, List<Refusal>> actual = new TreeMap<>();
        for (LoopModel model : models(dir, type, source)) {
            for (Refusal r : check.apply(model)) {
                actual.computeIfAbsent(r.line(), k -> new ArrayList<>()).add(r);
                assertEquals(name, r.reason(), "the refusal is named after its check");
            }
        }
        assertEquals(expected.keySet(), actual.keySet(), () -> name + " refused lines " + actual.keySet() + ", marked "
                + expected.keySet() + ": " + actual);
        for (Map.Entry<Integer, String> e : expected.entrySet()) {
            assertTrue(actual.get(e.getKey()).stream().anyMatch(r -> r.message().contains(e.getValue())),
                    () -> "line " + e.getKey() + ": expected a message containing \"" + e.getValue() + "\", got " + actual.get(e.getKey()));
        }
    }

    /** The analysis of the first loop of each {@code @Parallel} method of the source, as the processor makes it. */
    private static List<LoopModel> models(Path dir, String type, String source) {
        try {
            Path src = dir.resolve("src");
            Files.createDirectories(src);
            Files.writeString(src.resolve(type + ".java"), source);
            Diagnostics diagnostics = new Diagnostics();
            SourceSet sources = SourceSet.load(List.of(src), dir.resolve("out"), new DisplayPaths(dir), diagnostics);
            Map<String, List<TypeDeclaration<?>>> types = new HashMap<>();
            List<LoopModel> out = new ArrayList<>();
            for (SourceFile f : sources.files()) {
                f.unit().orElseThrow(() -> new AssertionError("the test source does not parse"))
                        .findAll(TypeDeclaration.class).forEach(t -> types.computeIfAbsent(t.getNameAsString(), k -> new ArrayList<>())
                                .add((TypeDeclaration<?>) t));
            }
            LoopAnalyzer analyzer = new LoopAnalyzer(new CallAnalyzer(types));
            for (SourceFile f : sources.files()) {
                for (CallableDeclaration<?> m : f.unit().get().findAll(CallableDeclaration.class)) {
                    if (ParallelAnnotation.find(m).isEmpty()) {
                        continue;
                    }
                    ParallelAnnotation a = ParallelAnnotation.read(ParallelAnnotation.find(m).get());
                    m.findFirst(ForStmt.class).ifPresent(loop -> out.add(analyzer.analyse(loop, m, a.collapseOrDefault())));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
