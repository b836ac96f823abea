package io.jpar.benchmarks.gpu;

import static org.jocl.CL.CL_DEVICE_MAX_COMPUTE_UNITS;
import static org.jocl.CL.CL_DEVICE_NAME;
import static org.jocl.CL.CL_DEVICE_TYPE;
import static org.jocl.CL.CL_DEVICE_TYPE_ACCELERATOR;
import static org.jocl.CL.CL_DEVICE_TYPE_CPU;
import static org.jocl.CL.CL_DEVICE_TYPE_GPU;
import static org.jocl.CL.CL_MEM_COPY_HOST_PTR;
import static org.jocl.CL.CL_MEM_READ_ONLY;
import static org.jocl.CL.CL_MEM_WRITE_ONLY;
import static org.jocl.CL.CL_PLATFORM_NAME;
import static org.jocl.CL.CL_PROGRAM_BUILD_LOG;
import static org.jocl.CL.CL_TRUE;
import static org.jocl.CL.clBuildProgram;
import static org.jocl.CL.clCreateBuffer;
import static org.jocl.CL.clCreateCommandQueueWithProperties;
import static org.jocl.CL.clCreateContext;
import static org.jocl.CL.clCreateKernel;
import static org.jocl.CL.clCreateProgramWithSource;
import static org.jocl.CL.clEnqueueNDRangeKernel;
import static org.jocl.CL.clEnqueueReadBuffer;
import static org.jocl.CL.clGetDeviceIDs;
import static org.jocl.CL.clGetDeviceInfo;
import static org.jocl.CL.clGetPlatformIDs;
import static org.jocl.CL.clGetPlatformInfo;
import static org.jocl.CL.clGetProgramBuildInfo;
import static org.jocl.CL.clReleaseCommandQueue;
import static org.jocl.CL.clReleaseContext;
import static org.jocl.CL.clReleaseMemObject;
import static org.jocl.CL.clSetKernelArg;

import io.jpar.runtime.gpu.PoclSafety;
import org.jocl.CL;
import org.jocl.CLException;
import org.jocl.Pointer;
import org.jocl.Sizeof;
import org.jocl.cl_command_queue;
import org.jocl.cl_context;
import org.jocl.cl_device_id;
import org.jocl.cl_kernel;
import org.jocl.cl_mem;
import org.jocl.cl_platform_id;
import org.jocl.cl_program;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What a JOCL user writes by hand, the baseline of the GPU benchmarks: a context and a queue on the first
 * platform's GPU, else accelerator, else CPU device (the order jpar uses), programs built once, and per call the
 * usual steps: input buffers created from the host arrays, the kernel's arguments set, the range enqueued, the
 * output read back with a blocking read, the buffers released.
 */
public final class OpenClByHand implements AutoCloseable {

    private final cl_context context;
    private final cl_command_queue queue;
    private final cl_device_id device;
    private final List<cl_program> programs = new ArrayList<>();
    private final List<cl_kernel> kernels = new ArrayList<>();

    public OpenClByHand() {
        CL.setExceptionsEnabled(true);
        cl_platform_id[] platform = new cl_platform_id[1];
        clGetPlatformIDs(1, platform, null);
        // The same rule as jpar's runtime: a JVM not started for PoCL must not open it (it would crash at random).
        String problem = PoclSafety.problem(platformName(platform[0]));
        if (problem != null) {
            throw new IllegalStateException("the hand-written OpenCL version cannot run here: " + problem);
        }
        device = firstDevice(platform[0]);
        context = clCreateContext(null, 1, new cl_device_id[] {device}, null, null, null);
        queue = clCreateCommandQueueWithProperties(context, device, null, null);
    }

    private static String platformName(cl_platform_id platform) {
        long[] size = new long[1];
        clGetPlatformInfo(platform, CL_PLATFORM_NAME, 0, null, size);
        byte[] name = new byte[(int) size[0]];
        clGetPlatformInfo(platform, CL_PLATFORM_NAME, name.length, Pointer.to(name), null);
        return new String(name, StandardCharsets.UTF_8).trim();
    }

    private static cl_device_id firstDevice(cl_platform_id platform) {
        for (long type : new long[] {CL_DEVICE_TYPE_GPU, CL_DEVICE_TYPE_ACCELERATOR, CL_DEVICE_TYPE_CPU}) {
            int[] count = new int[1];
            try {
                clGetDeviceIDs(platform, type, 0, null, count);
            } catch (CLException e) {
                continue; // CL_DEVICE_NOT_FOUND: try the next type
            }
            cl_device_id[] devices = new cl_device_id[count[0]];
            clGetDeviceIDs(platform, type, count[0], devices, null);
            return devices[0];
        }
        throw new IllegalStateException("no OpenCL device on the first platform");
    }

    /** Builds {@code source} once and returns its kernel {@code name}; released with this object. */
    public cl_kernel kernel(String source, String name) {
        cl_program program = clCreateProgramWithSource(context, 1, new String[] {source}, null, null);
        programs.add(program);
        try {
            clBuildProgram(program, 0, null, null, null, null);
        } catch (CLException e) {
            throw new IllegalStateException("kernel " + name + " does not build: " + buildLog(program), e);
        }
        cl_kernel kernel = clCreateKernel(program, name, null);
        kernels.add(kernel);
        return kernel;
    }

    private String buildLog(cl_program program) {
        long[] size = new long[1];
        clGetProgramBuildInfo(program, device, CL_PROGRAM_BUILD_LOG, 0, null, size);
        byte[] log = new byte[(int) size[0]];
        clGetProgramBuildInfo(program, device, CL_PROGRAM_BUILD_LOG, log.length, Pointer.to(log), null);
        return new String(log, StandardCharsets.UTF_8).trim();
    }

    public String deviceName() {
        long[] size = new long[1];
        clGetDeviceInfo(device, CL_DEVICE_NAME, 0, null, size);
        byte[] name = new byte[(int) size[0]];
        clGetDeviceInfo(device, CL_DEVICE_NAME, name.length, Pointer.to(name), null);
        return new String(name, 0, Math.max(0, name.length - 1), StandardCharsets.UTF_8);
    }

    /** Whether the device is a CPU (PoCL's): work-items of a group run one after the other there. */
    boolean isCpu() {
        long[] type = new long[1];
        clGetDeviceInfo(device, CL_DEVICE_TYPE, Sizeof.cl_long, Pointer.to(type), null);
        return (type[0] & CL_DEVICE_TYPE_CPU) != 0;
    }

    int computeUnits() {
        int[] units = new int[1];
        clGetDeviceInfo(device, CL_DEVICE_MAX_COMPUTE_UNITS, Sizeof.cl_int, Pointer.to(units), null);
        return units[0];
    }

    /** A read-only buffer holding a copy of {@code values}. */
    cl_mem input(double[] values) {
        return clCreateBuffer(context, CL_MEM_READ_ONLY | CL_MEM_COPY_HOST_PTR,
                (long) Sizeof.cl_double * values.length, Pointer.to(values), null);
    }

    /** A read-only buffer holding a copy of {@code values}. */
    cl_mem input(int[] values) {
        return clCreateBuffer(context, CL_MEM_READ_ONLY | CL_MEM_COPY_HOST_PTR,
                (long) Sizeof.cl_int * values.length, Pointer.to(values), null);
    }

    /** A write-only buffer of {@code bytes}. */
    cl_mem output(long bytes) {
        return clCreateBuffer(context, CL_MEM_WRITE_ONLY, bytes, null, null);
    }

    static void arg(cl_kernel kernel, int index, cl_mem buffer) {
        clSetKernelArg(kernel, index, Sizeof.cl_mem, Pointer.to(buffer));
    }

    static void arg(cl_kernel kernel, int index, int value) {
        clSetKernelArg(kernel, index, Sizeof.cl_int, Pointer.to(new int[] {value}));
    }

    static void arg(cl_kernel kernel, int index, double value) {
        clSetKernelArg(kernel, index, Sizeof.cl_double, Pointer.to(new double[] {value}));
    }

    /** Local memory of {@code bytes} for argument {@code index}. */
    static void local(cl_kernel kernel, int index, long bytes) {
        clSetKernelArg(kernel, index, bytes, null);
    }

    /** Enqueues {@code kernel} over {@code global} work-items in groups of {@code local} (null: the device picks). */
    void run(cl_kernel kernel, long[] global, long[] local) {
        clEnqueueNDRangeKernel(queue, kernel, global.length, null, global, local, 0, null, null);
    }

    void read(cl_mem buffer, double[] into) {
        clEnqueueReadBuffer(queue, buffer, CL_TRUE, 0, (long) Sizeof.cl_double * into.length, Pointer.to(into),
                0, null, null);
    }

    void read(cl_mem buffer, int[] into) {
        clEnqueueReadBuffer(queue, buffer, CL_TRUE, 0, (long) Sizeof.cl_int * into.length, Pointer.to(into),
                0, null, null);
    }

    static void release(cl_mem... buffers) {
        for (cl_mem buffer : buffers) {
            clReleaseMemObject(buffer);
        }
    }

    @Override
    public void close() {
        kernels.forEach(CL::clReleaseKernel);
        programs.forEach(CL::clReleaseProgram);
        clReleaseCommandQueue(queue);
        clReleaseContext(context);
    }
}
