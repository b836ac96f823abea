package io.jpar.runtime.gpu;

/**
 * What jpar needs to know of one OpenCL device.
 *
 * @param index          its number in the list of every device of every platform, in the order OpenCL
 *                       reports them (what {@code jpar.gpu.device=N} picks)
 * @param unifiedMemory  whether it shares the host's memory ({@code CL_DEVICE_HOST_UNIFIED_MEMORY}, or a CPU
 *                       device): arrays then reach it through host pointers instead of copies
 * @param fp64           whether it has {@code cl_khr_fp64}
 * @param maxAllocBytes  its largest single buffer
 * @param alignBytes     the alignment it wants for host pointers
 * @param exactFloatDivide whether it can round float division and sqrt correctly, as Java does
 *                       ({@code CL_FP_CORRECTLY_ROUNDED_DIVIDE_SQRT}); programs are then built with
 *                       {@code -cl-fp32-correctly-rounded-divide-sqrt}
 */
record DeviceInfo(int index, String name, String platform, Kind kind, boolean unifiedMemory, boolean fp64,
                  int computeUnits, long maxWorkGroupSize, long localMemBytes, long maxAllocBytes, int alignBytes,
                  boolean littleEndian, boolean exactFloatDivide) {

    /** Device types, in the order jpar prefers them. */
    enum Kind {
        GPU, ACCELERATOR, CPU, OTHER
    }

    /** {@code "NVIDIA H200 (GPU, NVIDIA CUDA)"}. */
    String describe() {
        return name + " (" + kind + ", " + platform + ")";
    }
}
