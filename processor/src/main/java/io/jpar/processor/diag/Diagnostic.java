package io.jpar.processor.diag;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;

/**
 * One message for the user, attached to a place in a source file. A value: stages return diagnostics,
 * they never throw them.
 *
 * @param kind    how bad it is
 * @param file    the file as the user knows it (relative to where the build runs when possible)
 * @param line    1-based line, 0 when the message concerns the whole file
 * @param column  1-based column, 0 when unknown
 * @param message what is wrong and what to do about it, in the user's words
 */
public record Diagnostic(Kind kind, Path file, int line, int column, String message) {

    /** Severity, as javac spells it. */
    public enum Kind {
        ERROR("error"), WARNING("warning"), NOTE("note");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** File, then line, then column: the order in which a user reads a build log. */
    public static final Comparator<Diagnostic> BY_POSITION = Comparator
            .comparing((Diagnostic d) -> d.file().toString())
            .thenComparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column);

    public Diagnostic {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    public boolean isError() {
        return kind == Kind.ERROR;
    }

    /** javac's format: {@code path/File.java:LINE:COL: error: message}. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file.toString());
        if (line > 0) {
            s.append(':').append(line);
            if (column > 0) {
                s.append(':').append(column);
            }
        }
        return s.append(": ").append(kind.label()).append(": ").append(message).toString();
    }
}
