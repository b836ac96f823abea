package io.jpar.fuzz.realworld;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Position;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Puts {@code @io.jpar.Parallel} on every method of a source file that has a for loop, as a user trying jpar
 * on existing code would. The annotation is inserted on the method's first line, so no line moves and jpar's
 * diagnostics can be matched to the methods by line.
 */
final class ParallelInserter {

    /** A method that received {@code @Parallel}: where it is. */
    record Annotated(String name, int firstLine, int lastLine) {
    }

    /** The file's new text and the methods annotated in it; empty when the file does not parse. */
    record Result(String text, List<Annotated> methods) {
    }

    private final JavaParser parser = new JavaParser(new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));

    Optional<Result> annotate(String text, Predicate<Annotated> which) {
        ParseResult<CompilationUnit> parsed = parser.parse(text);
        if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
            return Optional.empty();
        }
        List<MethodDeclaration> methods = new ArrayList<>();
        for (MethodDeclaration m : parsed.getResult().get().findAll(MethodDeclaration.class)) {
            boolean hasLoop = m.getBody().isPresent()
                    && (!m.getBody().get().findAll(ForStmt.class).isEmpty() || !m.getBody().get().findAll(ForEachStmt.class).isEmpty());
            if (hasLoop && m.getBegin().isPresent() && m.getEnd().isPresent()) {
                methods.add(m);
            }
        }
        // insert from the end so that earlier positions stay valid
        methods.sort(Comparator.comparing((MethodDeclaration m) -> m.getBegin().get()).reversed());
        List<String> lines = new ArrayList<>(text.lines().toList());
        List<Annotated> annotated = new ArrayList<>();
        for (MethodDeclaration m : methods) {
            Position begin = m.getBegin().get();
            Annotated a = new Annotated(m.getNameAsString(), begin.line, m.getEnd().get().line);
            if (!which.test(a)) {
                continue;
            }
            String line = lines.get(begin.line - 1);
            int column = Math.min(begin.column - 1, line.length());
            lines.set(begin.line - 1, line.substring(0, column) + "@io.jpar.Parallel " + line.substring(column));
            annotated.add(a);
        }
        annotated.sort(Comparator.comparingInt(Annotated::firstLine));
        return Optional.of(new Result(String.join("\n", lines) + "\n", annotated));
    }
}
