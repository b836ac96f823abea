package io.jpar.fuzz.oracle;

import org.jocl.CL;
import org.jocl.CLException;
import org.jocl.Pointer;
import org.jocl.cl_platform_id;

/**
 * Whether this machine has an OpenCL device the GPU target may use. Without one the runtime would fall back to the
 * CPU (or, under {@code jpar.fallback=error}, fail every program): a GPU campaign there would test nothing, so the
 * command refuses to start and the tests say why they skip. PoCL's devices count only with
 * {@code POCL_SIGFPE_HANDLER=0} in the environment: otherwise PoCL replaces the JVM's SIGFPE handler once its CPU
 * device is listed, Java's own integer division by zero stops throwing in this JVM (the originals' results would be
 * wrong), and jpar's runtime refuses to open it; so the probe does not list PoCL's devices then either.
 */
public final class OpenClProbe {

    private static final String POCL = "Portable Computing Language";

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
            boolean poclSkipped = false;
            for (cl_platform_id platform : platforms) {
                if (name(platform).contains(POCL) && !"0".equals(System.getenv("POCL_SIGFPE_HANDLER"))) {
                    poclSkipped = true;
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
            return poclSkipped ? "PoCL is the only OpenCL platform and POCL_SIGFPE_HANDLER=0 is not in the environment (without it"
                    + " PoCL breaks Java's integer division by zero in this JVM): run with POCL_SIGFPE_HANDLER=0"
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
