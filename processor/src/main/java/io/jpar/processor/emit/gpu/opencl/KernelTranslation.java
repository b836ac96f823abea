package io.jpar.processor.emit.gpu.opencl;

import io.jpar.processor.analysis.Reduction;
import java.util.List;

/**
 * A loop translated to OpenCL C.
 *
 * @param name       the kernel's name ({@code Sums_total_1})
 * @param source     the kernel source; meaningless when there are problems
 * @param args       the outside values in kernel-parameter order (array lengths as {@code a.length})
 * @param reductions the scalar reductions, after the arguments
 * @param problems   what could not be translated; empty when the kernel is complete
 */
public record KernelTranslation(String name, String source, List<KernelArg> args, List<Reduction> reductions,
                                List<GpuProblem> problems) {

    /** The {@code io.jpar.runtime.gpu.Op} of a reduction. */
    public static String op(Reduction r) {
        return ReductionKernel.op(r);
    }
}
