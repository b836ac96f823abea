package io.jpar.processor.emit.gpu;

import io.jpar.processor.plan.LoopPlan;
import io.jpar.processor.print.LineIndex;
import io.jpar.processor.print.TextEdit;
import java.util.List;

/**
 * Emits the GPU code of one parallel loop (docs/ARCHITECTURE.md, "Generated code for the GPU target"): the CPU
 * chunk class (the fallback), a {@code bind} method that hands the kernel its arguments, and a call to the GPU
 * runtime; the kernel source goes to a holder class after the end of the file, where it is readable.
 */
public final class GpuEmitter {

    private GpuEmitter() {
    }

    /** The kernel of a loop that passed {@code GpuChecks}. */
    public static GpuKernel kernel(LoopPlan plan) {
        throw new UnsupportedOperationException("GPU translator not written yet");
    }

    public static List<TextEdit> emit(LoopPlan plan, LineIndex text, GpuKernel kernel) {
        throw new UnsupportedOperationException("GPU emitter not written yet");
    }

    /**
     * The text appended after the last line of a file with GPU loops (no line of the file moves): a top-level
     * class that holds the kernels' sources as text blocks.
     */
    public static String holder(String fileName, List<GpuKernel> kernels) {
        throw new UnsupportedOperationException("GPU emitter not written yet");
    }

    /** The lines jpar:explain adds for this loop: the device, buffers and the kernel source. */
    public static List<String> explain(LoopPlan plan, GpuKernel kernel) {
        return List.of();
    }
}
