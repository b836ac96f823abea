package io.jpar.processor;

import java.nio.file.Path;

/**
 * What a front end (the Maven plugin, the command line) asks of the processor.
 *
 * @param explain      build the jpar:explain report as well
 * @param displayBase  diagnostics name files relative to this folder when they lie under it (null: absolute)
 */
public record ProcessorOptions(boolean explain, Path displayBase) {

    public static ProcessorOptions defaults() {
        return new ProcessorOptions(false, null);
    }

    public ProcessorOptions withExplain(boolean explain) {
        return new ProcessorOptions(explain, displayBase);
    }

    public ProcessorOptions withDisplayBase(Path displayBase) {
        return new ProcessorOptions(explain, displayBase);
    }
}
