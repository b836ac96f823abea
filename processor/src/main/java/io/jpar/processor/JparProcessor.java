package io.jpar.processor;

import java.nio.file.Path;
import java.util.List;

/**
 * The processor's one entry point: parse every source under the roots, analyse the {@code @Parallel}
 * methods, and write every source to the output folder, rewritten where annotated and copied otherwise.
 * Front ends (the Maven plugin, the command line) call this and nothing else.
 */
public final class JparProcessor {

    private final ProcessorOptions options;

    public JparProcessor(ProcessorOptions options) {
        this.options = options;
    }

    /**
     * Processes every {@code .java} file under {@code sourceRoots} into {@code outputDir}, keeping each file's
     * path relative to its root. Never throws for bad input: problems are diagnostics in the result.
     */
    public ProcessorResult process(List<Path> sourceRoots, Path outputDir) {
        throw new IllegalStateException("the pipeline is being written");
    }
}
