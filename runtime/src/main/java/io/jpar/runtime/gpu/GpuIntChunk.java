package io.jpar.runtime.gpu;

import io.jpar.runtime.cpu.IntChunk;

/**
 * A GPU loop over an {@code int} index: the CPU chunk (which {@link GpuLoops} runs when there is no OpenCL device)
 * plus {@link #bind}, which hands the kernel its arguments.
 *
 * @param <C> the concrete chunk class
 */
public abstract class GpuIntChunk<C extends GpuIntChunk<C>> extends IntChunk<C> {

    /**
     * Calls {@code k}'s methods once per kernel parameter, in the kernel's parameter order. The runtime calls it
     * twice: before the launch (to collect the arguments; values returned by {@link KernelArgs#reduce} are the
     * ones passed in) and after it (arrays are already copied back; {@code reduce} returns the combined value).
     */
    protected abstract void bind(KernelArgs k);
}
