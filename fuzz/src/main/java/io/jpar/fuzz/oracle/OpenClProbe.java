package io.jpar.fuzz.oracle;

import io.jpar.runtime.gpu.PoclSafety;
import org.jocl.CL;
import org.jocl.CLException;
import org.jocl.Pointer;
import org.jocl.cl_platform_id;

/**
 * Whether this machine has an OpenCL device the GPU target may use. Without one the runtime would fall back to the
 * CPU (or, under {@code jpar.fallback=error}, fail every program): a GPU campaign there would test nothing, so the
 * command refuses to start and the tests say why they skip. PoCL's devices count only in a JVM started as the runtime
 * requires ({@link PoclSafety}: {@code POCL_SIGFPE_HANDLER=0} and HotSpot's signal-chaining library preloaded), since
 * jpar's runtime leaves PoCL unopened otherwise.
 */
public final class OpenClProbe {

    private OpenClProbe() {
    }

    /** Null when an OpenCL platform with at least one usable device is there; otherwise what is missing, in words. */
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
            String skipped = null;
            for (cl_platform_id platform : platforms) {
                String problem = PoclSafety.problem(name(platform));
                if (problem != null) {
                    skipped = problem;
                    continue;
                }
                int[] n = new int[1];
                try {
                    CL.clGetDeviceIDs(platform, CL.CL_DEVICE_TYPE_ALL, 0, null, n);
                    devices += n[0];
                } catch (CLException e) {
                    // CL_DEVICE_NOT_FOUND: this platform has none; look at the next
                }
            }
            if (devices > 0) {
                return null;
            }
            return skipped != null ? "PoCL is the only OpenCL platform and is left unopened: " + skipped
                    : "no OpenCL device on " + platforms.length + " platform(s)";
        } catch (LinkageError e) {
            return "the OpenCL library cannot be loaded (" + e + ")";
        } catch (CLException e) {
            return "no OpenCL platform (" + e.getMessage() + "; install PoCL: scripts/prerequisites.sh)";
        }
    }

    private static String name(cl_platform_id platform) {
        long[] size = new long[1];
        CL.clGetPlatformInfo(platform, CL.CL_PLATFORM_NAME, 0, null, size);
        byte[] bytes = new byte[(int) size[0]];
        CL.clGetPlatformInfo(platform, CL.CL_PLATFORM_NAME, bytes.length, Pointer.to(bytes), null);
        return new String(bytes, 0, Math.max(0, bytes.length - 1), java.nio.charset.StandardCharsets.UTF_8);
    }
}
