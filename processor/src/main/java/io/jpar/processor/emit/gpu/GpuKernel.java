package io.jpar.processor.emit.gpu;

import io.jpar.processor.emit.gpu.opencl.KernelTranslation;

/**
 * The OpenCL C source of one GPU loop.
 *
 * @param constant    the name of its constant in the file's kernel holder class ({@code LOOP_1})
 * @param fileName    the file jpar writes it to: {@code <Class>_<method>_<n>.cl}
 * @param source      the kernel source
 * @param translation the kernel's name, arguments and reductions, which the launch code follows
 */
public record GpuKernel(String constant, String fileName, String source, KernelTranslation translation) {
}
