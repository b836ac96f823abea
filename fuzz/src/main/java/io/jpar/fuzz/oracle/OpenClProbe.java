package io.jpar.fuzz.oracle;

import org.jocl.CL;
import org.jocl.CLException;
import org.jocl.cl_platform_id;

/**
 * Whether this machine has an OpenCL device for the GPU target. Without one the runtime would fall back to the CPU
 * (or, under {@code jpar.fallback=error}, fail every program): a GPU campaign there would test nothing, so the
 * command refuses to start and the tests say why they skip.
 */
public final class OpenClProbe {

    private OpenClProbe() {
    }

    /** Null when an OpenCL platform with at least one device is there; otherwise what is missing, in words. */
    public static String missing() {
        try {
            CL.setExceptionsEnabled(true);
            int[] count = new int[1];
            CL.clGetPlatformIDs(0, null, count);
            if (count[0] == 0) {
                return "no OpenCL platform (install PoCL: scripts/prerequisites.sh)";
            }
            cl_platform_id[] platforms = new cl_platform_id[count[0]];
            CL.clGetPlatformIDs(platforms.length, platforms, null);
            int devices = 0;
            for (cl_platform_id platform : platforms) {
                int[] n = new int[1];
                try {
                    CL.clGetDeviceIDs(platform, CL.CL_DEVICE_TYPE_ALL, 0, null, n);
                    devices += n[0];
                } catch (CLException e) {
                    // CL_DEVICE_NOT_FOUND: this platform has none; look at the next
                }
            }
            return devices > 0 ? null : "no OpenCL device on " + platforms.length + " platform(s)";
        } catch (LinkageError e) {
            return "the OpenCL library cannot be loaded (" + e + ")";
        } catch (CLException e) {
            return "no OpenCL platform (" + e.getMessage() + "; install PoCL: scripts/prerequisites.sh)";
        }
    }
}
