package io.jpar.samples.gpu;

import org.jocl.CL;
import org.jocl.CLException;

/** Whether this machine has an OpenCL platform, asked of the OpenCL library directly, and why not. */
final class OpenClDevice {

    private OpenClDevice() {
    }

    /** Null when a platform with a device is there; otherwise why the GPU tests cannot run here. */
    static String missingReason() {
        try {
            CL.setExceptionsEnabled(true);
            int[] platforms = new int[1];
            CL.clGetPlatformIDs(0, null, platforms);
            return platforms[0] > 0 ? null : "no OpenCL platform (install pocl-opencl-icd: scripts/prerequisites.sh)";
        } catch (LinkageError | CLException e) {
            return "no OpenCL library or platform (install ocl-icd-libopencl1 and pocl-opencl-icd:"
                    + " scripts/prerequisites.sh): " + e;
        }
    }
}
