package io.jpar.processor;

import io.jpar.processor.diag.Diagnostic;
import java.nio.file.Path;
import java.util.List;

/**
 * What one run of the processor produced.
 *
 * @param diagnostics errors, warnings and notes in file and line order
 * @param rewritten   paths, relative to the output folder, of the files that were rewritten (the rest were
 *                    copied unchanged)
 * @param explain     the jpar:explain report; empty unless asked for
 */
public record ProcessorResult(List<Diagnostic> diagnostics, List<Path> rewritten, String explain) {

    public ProcessorResult {
        diagnostics = List.copyOf(diagnostics);
        rewritten = List.copyOf(rewritten);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
