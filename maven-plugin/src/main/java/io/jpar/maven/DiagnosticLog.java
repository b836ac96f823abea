package io.jpar.maven;

import io.jpar.processor.diag.Diagnostic;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * Shows the processor's diagnostics in the Maven log, each on one line in javac's format so that IDEs and
 * terminals link them to the source, and turns errors into a build failure without a stack trace.
 */
final class DiagnosticLog {

    private final Log log;

    DiagnosticLog(Log log) {
        this.log = log;
    }

    void print(List<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) {
            switch (d.kind()) {
                case ERROR -> log.error(d.toString());
                case WARNING -> log.warn(d.toString());
                case NOTE -> log.info(d.toString());
            }
        }
    }

    /** One line such as {@code jpar: 3 files, 2 rewritten, 1 warning}; counts of zero problems are left out. */
    static String summary(int files, int rewritten, List<Diagnostic> diagnostics) {
        StringBuilder s = new StringBuilder("jpar: ")
                .append(count(files, "file")).append(", ").append(rewritten).append(" rewritten");
        long errors = count(diagnostics, Diagnostic.Kind.ERROR);
        long warnings = count(diagnostics, Diagnostic.Kind.WARNING);
        if (errors > 0) {
            s.append(", ").append(count(errors, "error"));
        }
        if (warnings > 0) {
            s.append(", ").append(count(warnings, "warning"));
        }
        return s.toString();
    }

    /** Fails the build when there is an error, naming how many and the first one. */
    static void failOnErrors(List<Diagnostic> diagnostics) throws MojoFailureException {
        List<Diagnostic> errors = diagnostics.stream().filter(Diagnostic::isError).toList();
        if (!errors.isEmpty()) {
            throw new MojoFailureException("jpar found " + count(errors.size(), "error")
                    + (errors.size() == 1 ? ": " : "; the first: ") + errors.get(0));
        }
    }

    private static long count(List<Diagnostic> diagnostics, Diagnostic.Kind kind) {
        return diagnostics.stream().filter(d -> d.kind() == kind).count();
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
