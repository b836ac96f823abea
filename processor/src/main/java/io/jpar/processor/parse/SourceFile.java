package io.jpar.processor.parse;

import com.github.javaparser.ast.CompilationUnit;
import io.jpar.processor.print.LineIndex;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One {@code .java} file of a source root.
 *
 * @param root     the source root it was found under
 * @param relative its path relative to the root (also its path in the output folder)
 * @param display  how diagnostics name it
 * @param text     its text as read (UTF-8)
 * @param unit     its syntax tree; empty when it does not parse
 */
public record SourceFile(Path root, Path relative, Path display, String text, Optional<CompilationUnit> unit) {

    public Path absolute() {
        return root.resolve(relative);
    }

    /** The simple file name, as the runtime shows it in {@code "Primes.java:14"}. */
    public String fileName() {
        return relative.getFileName().toString();
    }

    public LineIndex lines() {
        return new LineIndex(text);
    }
}
