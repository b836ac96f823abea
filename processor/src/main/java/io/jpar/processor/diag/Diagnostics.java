package io.jpar.processor.diag;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects diagnostics without throwing, so that one run reports every problem (AutoValue's
 * ErrorReporter). Stages add to it; the facade sorts and returns them at the end.
 */
public final class Diagnostics {

    private final List<Diagnostic> all = new ArrayList<>();

    public void error(Path file, int line, int column, String message) {
        add(new Diagnostic(Diagnostic.Kind.ERROR, file, line, column, message));
    }

    public void warning(Path file, int line, int column, String message) {
        add(new Diagnostic(Diagnostic.Kind.WARNING, file, line, column, message));
    }

    public void note(Path file, int line, int column, String message) {
        add(new Diagnostic(Diagnostic.Kind.NOTE, file, line, column, message));
    }

    public void add(Diagnostic d) {
        all.add(d);
    }

    public boolean hasErrors() {
        return all.stream().anyMatch(Diagnostic::isError);
    }

    /** Every diagnostic so far, in file, line and column order. */
    public List<Diagnostic> sorted() {
        List<Diagnostic> copy = new ArrayList<>(all);
        copy.sort(Diagnostic.BY_POSITION);
        return List.copyOf(copy);
    }
}
