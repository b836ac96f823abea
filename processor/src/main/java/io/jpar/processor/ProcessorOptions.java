package io.jpar.processor;

import java.nio.file.Path;

/**
 * What a front end (the Maven plugin, the command line) asks of the processor.
 *
 * @param explain      build the jpar:explain report as well
 * @param displayBase  diagnostics name files relative to this folder when they lie under it (null: absolute)
 * @param kernelDir    where the OpenCL source of each GPU loop is written ({@code <Class>_<method>_<n>.cl}); null:
 *                     not written (the source is in the generated class either way)
 */
public record ProcessorOptions(boolean explain, Path displayBase, Path kernelDir) {

    public static ProcessorOptions defaults() {
        return new ProcessorOptions(false, null, null);
    }

    public ProcessorOptions withExplain(boolean explain) {
        return new ProcessorOptions(explain, displayBase, kernelDir);
    }

    public ProcessorOptions withDisplayBase(Path displayBase) {
        return new ProcessorOptions(explain, displayBase, kernelDir);
    }

    public ProcessorOptions withKernelDir(Path kernelDir) {
        return new ProcessorOptions(explain, displayBase, kernelDir);
    }
}
