package io.jpar.processor.gpu;

import static org.jocl.CL.CL_DEVICE_NAME;
import static org.jocl.CL.CL_DEVICE_TYPE_ALL;
import static org.jocl.CL.CL_PROGRAM_BUILD_LOG;
import static org.jocl.CL.clBuildProgram;
import static org.jocl.CL.clCreateContext;
import static org.jocl.CL.clCreateKernel;
import static org.jocl.CL.clCreateProgramWithSource;
import static org.jocl.CL.clGetDeviceIDs;
import static org.jocl.CL.clGetDeviceInfo;
import static org.jocl.CL.clGetPlatformIDs;
import static org.jocl.CL.clGetProgramBuildInfo;
import static org.jocl.CL.clReleaseKernel;
import static org.jocl.CL.clReleaseProgram;

import java.nio.charset.StandardCharsets;
import org.jocl.CL;
import org.jocl.CLException;
import org.jocl.Pointer;
import org.jocl.cl_context;
import org.jocl.cl_context_properties;
import org.jocl.cl_device_id;
import org.jocl.cl_kernel;
import org.jocl.cl_platform_id;
import org.jocl.cl_program;

/**
 * The first OpenCL device of the machine (PoCL's CPU device in CI), for tests that build generated kernels with
 * the real OpenCL compiler. {@link #unavailable()} says why there is none, for the tests' assumptions.
 */
final class OpenCl {

    private static OpenCl instance;
    private static String unavailable;

    final cl_context context;
    final cl_device_id device;
    final String deviceName;

    private OpenCl(cl_context context, cl_device_id device, String deviceName) {
        this.context = context;
        this.device = device;
        this.deviceName = deviceName;
    }

    /** Why no device can be used here; null when there is one. In CI (where PoCL is installed) none is a failure. */
    static synchronized String unavailable() {
        get();
        if (unavailable != null && System.getenv("CI") != null) {
            throw new AssertionError("no OpenCL device in CI: " + unavailable + "; scripts/prerequisites.sh installs PoCL");
        }
        return unavailable;
    }

    static synchronized OpenCl get() {
        if (instance != null || unavailable != null) {
            return instance;
        }
        try {
            CL.setExceptionsEnabled(true);
            int[] count = new int[1];
            clGetPlatformIDs(0, null, count);
            cl_platform_id[] platforms = new cl_platform_id[count[0]];
            clGetPlatformIDs(platforms.length, platforms, null);
            cl_platform_id platform = platforms[0];
            clGetDeviceIDs(platform, CL_DEVICE_TYPE_ALL, 0, null, count);
            cl_device_id[] devices = new cl_device_id[count[0]];
            clGetDeviceIDs(platform, CL_DEVICE_TYPE_ALL, devices.length, devices, null);
            cl_context_properties props = new cl_context_properties();
            props.addProperty(CL.CL_CONTEXT_PLATFORM, platform);
            cl_context context = clCreateContext(props, 1, new cl_device_id[] {devices[0]}, null, null, null);
            long[] size = new long[1];
            clGetDeviceInfo(devices[0], CL_DEVICE_NAME, 0, null, size);
            byte[] name = new byte[(int) size[0]];
            clGetDeviceInfo(devices[0], CL_DEVICE_NAME, name.length, Pointer.to(name), null);
            instance = new OpenCl(context, devices[0], new String(name, 0, Math.max(0, name.length - 1), StandardCharsets.UTF_8));
        } catch (LinkageError | CLException | ArrayIndexOutOfBoundsException e) {
            unavailable = "no OpenCL platform or device on this machine (" + e + "); install pocl-opencl-icd (scripts/prerequisites.sh)";
        }
        return instance;
    }

    private static volatile int zero;

    /**
     * Whether Java's integer division by zero still throws in this process. PoCL's CPU device installs a SIGFPE
     * handler that makes it return garbage instead (HotSpot relies on the signal); {@code POCL_SIGFPE_HANDLER=0}
     * in the environment keeps Java's semantics, and the tests must not compare against a broken Java.
     */
    static void assertJavaDivisionIntact() {
        try {
            int r = 1 / zero;
            throw new AssertionError("after OpenCL started, Java's 1 / 0 gave " + r + " instead of throwing: PoCL's SIGFPE handler "
                    + "took over; run with POCL_SIGFPE_HANDLER=0 in the environment");
        } catch (ArithmeticException expected) {
            // Java's semantics are intact
        }
    }

    /** Builds {@code source} and creates kernel {@code name}; throws with the compiler's log when it does not build. */
    void build(String name, String source) {
        cl_program program = clCreateProgramWithSource(context, 1, new String[] {source}, null, null);
        try {
            try {
                clBuildProgram(program, 0, null, null, null, null);
            } catch (CLException e) {
                throw new AssertionError("kernel " + name + " does not build on " + deviceName + ":\n" + log(program) + "\n" + source, e);
            }
            cl_kernel kernel = clCreateKernel(program, name, null);
            clReleaseKernel(kernel);
        } finally {
            clReleaseProgram(program);
        }
    }

    private String log(cl_program program) {
        long[] size = new long[1];
        clGetProgramBuildInfo(program, device, CL_PROGRAM_BUILD_LOG, 0, null, size);
        byte[] text = new byte[(int) size[0]];
        clGetProgramBuildInfo(program, device, CL_PROGRAM_BUILD_LOG, text.length, Pointer.to(text), null);
        return new String(text, StandardCharsets.UTF_8).strip();
    }
}
