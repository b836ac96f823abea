package io.jpar.processor.parse;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.symbolsolver.JavaSymbolSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.CombinedTypeSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.JavaParserTypeSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.ReflectionTypeSolver;
import io.jpar.processor.diag.Diagnostics;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every {@code .java} file under the source roots, parsed with JavaParser at language level 17 and attached
 * to a symbol solver that sees the JDK and all the roots. A file that cannot be read or parsed is still in the
 * set (it is copied as is) and its problems are diagnostics.
 */
public final class SourceSet {

    /** Where a lexical error is: JavaParser gives it in the message only. */
    private static final java.util.regex.Pattern LEXICAL_AT = java.util.regex.Pattern.compile("at line (\\d+), column (\\d+)");

    private final List<SourceFile> files;

    private SourceSet(List<SourceFile> files) {
        this.files = List.copyOf(files);
    }

    public List<SourceFile> files() {
        return files;
    }

    /** Parser settings shared by jpar and its symbol solver: Java 17, tab size 1 so columns count characters. */
    public static ParserConfiguration baseConfiguration() {
        return new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17)
                .setTabSize(1);
    }

    public static SourceSet load(List<Path> roots, Path outputDir, DisplayPaths display, Diagnostics diagnostics) {
        CombinedTypeSolver types = new CombinedTypeSolver(new ReflectionTypeSolver());
        JavaSymbolSolver solver = new JavaSymbolSolver(types);
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                // files the solver parses on its own (other classes) must resolve their calls too
                types.add(new JavaParserTypeSolver(root, baseConfiguration().setSymbolResolver(solver)));
            }
        }
        JavaParser parser = new JavaParser(baseConfiguration().setSymbolResolver(solver));
        Path out = outputDir == null ? null : outputDir.toAbsolutePath().normalize();
        Map<Path, Path> seen = new HashMap<>();
        List<SourceFile> files = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                diagnostics.error(display.of(root), 0, 0, "source root " + display.of(root)
                        + " is not a folder; pass the folders that hold the .java files");
                continue;
            }
            for (Path file : javaFiles(root, out, display, diagnostics)) {
                Path relative = root.relativize(file);
                Path shown = display.of(file);
                Path earlier = seen.putIfAbsent(relative, file);
                if (earlier != null) {
                    diagnostics.error(shown, 0, 0, relative + " is also in another source root (" + display.of(earlier)
                            + "); a class can be defined once only");
                    continue;
                }
                files.add(read(root, relative, shown, parser, diagnostics));
            }
        }
        return new SourceSet(files);
    }

    private static List<Path> javaFiles(Path root, Path out, DisplayPaths display, Diagnostics diagnostics) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.getFileName() != null && p.getFileName().toString().endsWith(".java"))
                    .filter(Files::isRegularFile)
                    .filter(p -> out == null || !p.toAbsolutePath().normalize().startsWith(out))
                    .sorted()
                    .toList();
        } catch (IOException | RuntimeException e) {
            diagnostics.error(display.of(root), 0, 0, "cannot list the files of " + display.of(root) + ": " + e.getMessage());
            return List.of();
        }
    }

    private static SourceFile read(Path root, Path relative, Path shown, JavaParser parser, Diagnostics diagnostics) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(root.resolve(relative))))
                    .toString();
        } catch (CharacterCodingException e) {
            diagnostics.error(shown, 0, 0, "not valid UTF-8; jpar reads sources as UTF-8 (set the file's encoding)");
            return new SourceFile(root, relative, shown, "", Optional.empty());
        } catch (IOException e) {
            diagnostics.error(shown, 0, 0, "cannot read the file: " + e.getMessage());
            return new SourceFile(root, relative, shown, "", Optional.empty());
        }
        try {
            ParseResult<CompilationUnit> result = parser.parse(text);
            if (!result.isSuccessful() || result.getResult().isEmpty()) {
                java.util.Set<String> places = new java.util.HashSet<>();
                for (Problem p : result.getProblems()) {
                    int line = p.getLocation().flatMap(l -> l.getBegin().getRange()).map(r -> r.begin.line).orElse(0);
                    int column = p.getLocation().flatMap(l -> l.getBegin().getRange()).map(r -> r.begin.column).orElse(0);
                    java.util.regex.Matcher at = LEXICAL_AT.matcher(String.valueOf(p.getMessage()));
                    if (line == 0 && at.find()) {
                        line = Integer.parseInt(at.group(1));
                        column = Integer.parseInt(at.group(2));
                    }
                    // JavaParser may report one place several times while it recovers: once is enough
                    if (places.add(line + ":" + column)) {
                        diagnostics.error(shown, line, column, "does not parse: " + firstLine(p.getMessage()));
                    }
                }
                if (result.getProblems().isEmpty()) {
                    diagnostics.error(shown, 0, 0, "does not parse");
                }
                return new SourceFile(root, relative, shown, text, Optional.empty());
            }
            CompilationUnit unit = result.getResult().get();
            unit.setStorage(root.resolve(relative));
            return new SourceFile(root, relative, shown, text, Optional.of(unit));
        } catch (RuntimeException | StackOverflowError e) {
            diagnostics.error(shown, 0, 0, "does not parse: " + e);
            return new SourceFile(root, relative, shown, text, Optional.empty());
        }
    }

    /** JavaParser's first line, without its list of every token it expected. */
    private static String firstLine(String message) {
        String m = message == null ? "" : message.strip();
        int nl = m.indexOf('\n');
        m = nl < 0 ? m : m.substring(0, nl).strip();
        int expected = m.indexOf(", expected one of");
        if (expected >= 0) {
            m = m.substring(0, expected);
        }
        if (m.startsWith("Parse error. ")) {
            m = m.substring("Parse error. ".length());
        }
        return m + "; fix the syntax (javac says more)";
    }
}
