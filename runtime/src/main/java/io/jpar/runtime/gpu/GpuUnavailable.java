package io.jpar.runtime.gpu;

/** Why a GPU loop cannot run on a device here (no OpenCL, no device, no double precision, ...): the loop falls back. */
final class GpuUnavailable extends Exception {

    private static final long serialVersionUID = 1L;

    GpuUnavailable(String reason) {
        super(reason, null, false, false);
    }
}
