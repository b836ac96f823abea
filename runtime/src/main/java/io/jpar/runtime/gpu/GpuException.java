package io.jpar.runtime.gpu;

/**
 * A GPU loop that could not run and cannot fall back: a kernel that failed on the device (the OpenCL error
 * names why, e.g. {@code CL_OUT_OF_RESOURCES}) or a kernel that does not match its loop (a jpar bug). The
 * message names the loop, the kernel and the device. Never a wrong result instead.
 */
public final class GpuException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public GpuException(String message) {
        super(message);
    }

    public GpuException(String message, Throwable cause) {
        super(message, cause);
    }
}
