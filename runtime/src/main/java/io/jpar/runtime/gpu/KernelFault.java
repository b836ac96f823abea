package io.jpar.runtime.gpu;

/**
 * A work-item flagged what Java would throw ({@code jpar_fault}): a division by zero or an index out of bounds.
 * The device cannot say which iteration the sequential loop would have failed first, nor run the user's lines
 * as Java frames, so {@link GpuLoops} answers it by running the loop again as the sequential loop on the CPU
 * (nothing was copied back: the arrays are as before the launch), which writes what the sequential loop writes
 * and throws its exception, with the user's line as the top frame.
 */
final class KernelFault extends Exception {

    private static final long serialVersionUID = 1L;

    KernelFault(String what) {
        super(what, null, false, false);
    }
}
