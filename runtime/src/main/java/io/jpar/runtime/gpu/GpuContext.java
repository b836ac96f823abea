package io.jpar.runtime.gpu;

import static org.jocl.CL.*;

import io.jpar.runtime.Config;
import org.jocl.CL;
import org.jocl.CLException;
import org.jocl.Pointer;
import org.jocl.Sizeof;
import org.jocl.cl_command_queue;
import org.jocl.cl_context;
import org.jocl.cl_context_properties;
import org.jocl.cl_device_id;
import org.jocl.cl_kernel;
import org.jocl.cl_program;

import java.util.HashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The process's one OpenCL device, context and queue, made at the first GPU loop, and its programs: each
 * kernel source is built once and kept. Launches hold this object's lock: a kernel object's arguments are
 * shared state, and one in-order queue runs one kernel at a time anyway.
 */
final class GpuContext {

    private static volatile GpuContext current;
    private static GpuUnavailable unavailable;
    private static String badSetting;

    private static final AtomicLong BUILDS = new AtomicLong();
    private static volatile Boolean forcedZeroCopy;
    private static volatile boolean forcedGpuShapes;

    final DeviceInfo device;
    final cl_device_id deviceId;
    final cl_context context;
    final cl_command_queue queue;
    final StagingPool staging = new StagingPool();
    private final Map<String, Object> programs = new HashMap<>();   // source -> Program or build failure text
    private final AtomicLong launches = new AtomicLong();

    /** A built kernel and what launches need to know of it. */
    record Program(Kernel kernel, cl_program program, cl_kernel handle, int parameters, long maxLocal,
                   List<String> names, boolean usesDouble) {
    }

    private GpuContext(DeviceInfo device, cl_device_id deviceId, cl_context context, cl_command_queue queue) {
        this.device = device;
        this.deviceId = deviceId;
        this.context = context;
        this.queue = queue;
    }

    /**
     * The context, made on the first call.
     *
     * @throws GpuUnavailable           when this process has no usable OpenCL device (the loop falls back)
     * @throws IllegalArgumentException when {@code jpar.gpu.device} matches no device
     */
    static GpuContext get() throws GpuUnavailable {
        GpuContext c = current;
        if (c != null) {
            return c;
        }
        synchronized (GpuContext.class) {
            if (current == null) {
                if (unavailable != null) {
                    throw unavailable;
                }
                if (badSetting != null) {
                    throw new IllegalArgumentException(badSetting);
                }
                try {
                    current = open();
                } catch (GpuUnavailable e) {
                    unavailable = e;
                    throw e;
                } catch (IllegalArgumentException e) {
                    badSetting = e.getMessage();
                    throw e;
                }
            }
            return current;
        }
    }

    private static GpuContext open() throws GpuUnavailable {
        try {
            CL.setExceptionsEnabled(true);
            List<String> skipped = new ArrayList<>();
            List<DeviceList.Found> all = DeviceList.all(skipped);
            if (all.isEmpty() && !skipped.isEmpty()) {
                throw new GpuUnavailable("the only OpenCL platform is left unopened: " + skipped.get(0));
            }
            if (all.isEmpty()) {
                throw new GpuUnavailable("no OpenCL device was found (the platforms report none)");
            }
            DeviceInfo chosen = DeviceChoice.choose(all.stream().map(DeviceList.Found::info).toList(),
                    DeviceChoice.setting());
            DeviceList.Found found = all.get(chosen.index());
            cl_context_properties properties = new cl_context_properties();
            properties.addProperty(CL_CONTEXT_PLATFORM, found.platform());
            cl_context context = clCreateContext(properties, 1, new cl_device_id[] {found.device()}, null, null, null);
            @SuppressWarnings("deprecation")    // clCreateCommandQueueWithProperties needs OpenCL 2.0
            cl_command_queue queue = clCreateCommandQueue(context, found.device(), 0, null);
            GpuContext made = new GpuContext(chosen, found.device(), context, queue);
            made.reportAtExit();
            return made;
        } catch (LinkageError e) {
            throw new GpuUnavailable("the OpenCL library could not be loaded (" + e.getMessage() + ")");
        } catch (CLException e) {
            if (e.getStatus() == -1001) {
                throw new GpuUnavailable("no OpenCL platform is installed (CL_PLATFORM_NOT_FOUND_KHR)");
            }
            if (e.getStatus() == CL_DEVICE_NOT_FOUND) {
                throw new GpuUnavailable("no OpenCL device was found (CL_DEVICE_NOT_FOUND)");
            }
            throw new GpuUnavailable("OpenCL could not be started (" + CL.stringFor_errorCode(e.getStatus()) + ")");
        }
    }

    /** Whether arrays reach the device through host pointers (its memory is the host's) rather than copies. */
    boolean zeroCopy() {
        Boolean forced = forcedZeroCopy;
        return forced != null ? forced : device.unifiedMemory();
    }

    /** For tests: both ways of moving data on one device; null restores the device's own. */
    static void forceZeroCopy(Boolean zeroCopy) {
        forcedZeroCopy = zeroCopy;
    }

    /** The device as {@link LaunchShape} sees it: tests may ask for a GPU's shapes on any device. */
    DeviceInfo shapeDevice() {
        DeviceInfo d = device;
        return forcedGpuShapes && d.kind() != DeviceInfo.Kind.GPU ? new DeviceInfo(d.index(), d.name(), d.platform(),
                DeviceInfo.Kind.GPU, d.unifiedMemory(), d.fp64(), d.computeUnits(), d.maxWorkGroupSize(),
                d.localMemBytes(), d.maxAllocBytes(), d.alignBytes(), d.littleEndian(), d.exactFloatDivide()) : d;
    }

    /** For tests: launch shapes as on a GPU (many groups, trees in local memory), also on a CPU device. */
    static void forceGpuShapes(boolean gpuShapes) {
        forcedGpuShapes = gpuShapes;
    }

    /** Programs built in this process, over all contexts: the cache's test. */
    static long builds() {
        return BUILDS.get();
    }

    long launches() {
        return launches.get();
    }

    void launched() {
        launches.incrementAndGet();
    }

    /**
     * The built program of {@code kernel}, built on first use. Call with this object's lock held.
     *
     * @throws GpuException with the build log when the source does not compile: a jpar bug
     */
    Program program(Kernel kernel) {
        Object known = programs.get(kernel.source());
        if (known instanceof Program p && p.kernel().name().equals(kernel.name())) {
            return p;
        }
        if (known instanceof String failure) {
            throw new GpuException(failure);
        }
        BUILDS.incrementAndGet();
        cl_program program = clCreateProgramWithSource(context, 1, new String[] {kernel.source()}, null, null);
        try {
            // Java's float / and sqrt are correctly rounded; OpenCL's need not be unless asked for.
            String options = device.exactFloatDivide() ? "-cl-fp32-correctly-rounded-divide-sqrt" : null;
            clBuildProgram(program, 1, new cl_device_id[] {deviceId}, options, null, null);
        } catch (CLException e) {
            String failure = "jpar bug: the OpenCL kernel " + kernel.name() + " that jpar generated does not build on "
                    + device.describe() + " (" + CL.stringFor_errorCode(e.getStatus()) + "); please report it with "
                    + "the kernel (target/jpar/kernels) and this build log:\n" + buildLog(program);
            clReleaseProgram(program);
            programs.put(kernel.source(), failure);
            throw new GpuException(failure);
        }
        cl_kernel handle;
        try {
            handle = clCreateKernel(program, kernel.name(), null);
        } catch (CLException e) {
            clReleaseProgram(program);
            throw new GpuException("jpar bug: the OpenCL source of kernel " + kernel.name() + " defines no __kernel "
                    + "of that name (" + CL.stringFor_errorCode(e.getStatus()) + ")");
        }
        int[] parameters = new int[1];
        clGetKernelInfo(handle, CL_KERNEL_NUM_ARGS, Sizeof.cl_uint, Pointer.to(parameters), null);
        long[] maxLocal = new long[1];
        clGetKernelWorkGroupInfo(handle, deviceId, CL_KERNEL_WORK_GROUP_SIZE, Sizeof.size_t, Pointer.to(maxLocal), null);
        Program p = new Program(kernel, program, handle, parameters[0], maxLocal[0],
                KernelSignature.parameterNames(kernel), kernel.source().contains("cl_khr_fp64"));
        programs.put(kernel.source(), p);
        return p;
    }

    private String buildLog(cl_program program) {
        try {
            long[] size = new long[1];
            clGetProgramBuildInfo(program, deviceId, CL_PROGRAM_BUILD_LOG, 0, null, size);
            byte[] log = new byte[(int) size[0]];
            clGetProgramBuildInfo(program, deviceId, CL_PROGRAM_BUILD_LOG, log.length, Pointer.to(log), null);
            return new String(log, 0, Math.max(0, log.length - 1), java.nio.charset.StandardCharsets.UTF_8).trim();
        } catch (CLException e) {
            return "(no build log: " + CL.stringFor_errorCode(e.getStatus()) + ")";
        }
    }

    /** With {@code jpar.stats=true}: one line at exit naming the device, beside the loop table. */
    private void reportAtExit() {
        String value = System.getProperty(Config.STATS_PROPERTY, System.getenv(Config.STATS_ENV));
        if (value == null || !value.trim().toLowerCase(Locale.ROOT).equals("true")) {
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.err.println(
                "jpar GPU: device " + device.describe() + ", " + launches() + " kernel launch(es), " + builds()
                        + " program build(s), " + (zeroCopy() ? "arrays shared with the device (host pointers)"
                        : "arrays copied to and from the device")), "jpar-gpu-stats"));
    }
}
