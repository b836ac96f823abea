package io.jpar.runtime.gpu;

import static org.jocl.CL.*;

import org.jocl.CL;
import org.jocl.CLException;
import org.jocl.Pointer;
import org.jocl.Sizeof;
import org.jocl.cl_kernel;
import org.jocl.cl_mem;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * One kernel launch: checks that the device can run it, moves the arrays to the device (host pointers where
 * the device shares the host's memory, copies otherwise), sets the parameters in the contract's order, runs
 * the NDRange, copies written arrays and the reductions' partials back, and frees the buffers. Nothing is
 * copied back unless the kernel completed: a failure leaves the user's arrays as they were.
 */
final class Launch {

    private final GpuContext gpu;
    private final String context;
    private final Kernel kernel;
    private final Bounds bounds;
    private final KernelArgs args;
    private GpuContext.Program program;
    private List<String> names;
    private final Map<Object, HostArray> arrays = new IdentityHashMap<>();
    private final Map<HostArray, cl_mem> buffers = new IdentityHashMap<>();
    private final Map<HostArray, ByteBuffer> staging = new IdentityHashMap<>();
    private final List<cl_mem> partials = new ArrayList<>();
    private cl_mem fault;
    private final boolean zeroCopy;
    private String step = "";

    private Launch(GpuContext gpu, String context, Kernel kernel, Bounds bounds, KernelArgs args) {
        this.gpu = gpu;
        this.context = context;
        this.kernel = kernel;
        this.bounds = bounds;
        this.args = args;
        this.zeroCopy = gpu.zeroCopy();
    }

    /**
     * Runs the kernel over {@code bounds} with the arguments {@code args} collected.
     *
     * @param context the loop, for messages
     * @return the NDRange it ran
     * @throws GpuUnavailable           when this launch cannot run on the device (nothing ran): fall back
     * @throws KernelFault              when a work-item flagged what Java would throw (nothing copied back)
     * @throws GpuException             when the kernel failed or does not match its arguments
     * @throws IllegalArgumentException when a 2-D array is not rectangular
     */
    static LaunchShape run(GpuContext gpu, String context, Kernel kernel, Bounds bounds, KernelArgs args)
            throws GpuUnavailable, KernelFault {
        synchronized (gpu) {
            return new Launch(gpu, context, kernel, bounds, args).run();
        }
    }

    private LaunchShape run() throws GpuUnavailable, KernelFault {
        program = gpu.program(kernel);
        checkParameterCount();
        names = program.names().size() == program.parameters() ? program.names() : null;
        collectArrays();
        checkDevice();
        long scratch = 0;
        for (KernelArgs.Reduction r : args.reductions()) {
            scratch += r.type.bytes;
        }
        LaunchShape shape = LaunchShape.of(gpu.shapeDevice(), program.maxLocal(), bounds, scratch);
        try {
            upload();
            setParameters(shape);
            step = "clEnqueueNDRangeKernel, " + shape.describe();
            clEnqueueNDRangeKernel(gpu.queue, program.handle(), shape.dimensions(), null, shape.global(),
                    shape.local(), 0, null, null);
            step = "running the kernel";
            clFinish(gpu.queue);
            throwFault();
            download(shape);
            gpu.launched();
            return shape;
        } catch (CLException e) {
            throw new GpuException("jpar: " + context + ": kernel " + kernel.name() + " failed on "
                    + gpu.device.describe() + ": " + CL.stringFor_errorCode(e.getStatus()) + " (" + step + ")", e);
        } finally {
            release();
        }
    }

    private void checkParameterCount() {
        int given = bounds.values().length + 2 * args.reductions().size() + 1;
        for (Object p : args.parameters()) {
            given += p instanceof KernelArgs.ArrayArg a && a.matrix() ? 2 : 1;
        }
        if (given != program.parameters()) {
            throw new GpuException("jpar bug: " + context + ": kernel " + kernel.name() + " has "
                    + program.parameters() + " parameters but its loop gives " + given + " (" + bounds.values().length
                    + " for the bounds, " + args.parameters().size() + " bound values, " + args.reductions().size()
                    + " reductions, jpar_fault)");
        }
    }

    private String name(int parameter) {
        return names != null ? "`" + names.get(parameter) + "`" : "number " + (parameter + 1);
    }

    /** One {@link HostArray} per distinct array; null arrays fall back (the Java loop decides what happens). */
    private void collectArrays() throws GpuUnavailable {
        int parameter = bounds.values().length;
        for (Object p : args.parameters()) {
            if (p instanceof KernelArgs.ArrayArg a) {
                if (a.array() == null) {
                    throw new GpuUnavailable("array " + name(parameter) + " is null");
                }
                HostArray known = arrays.get(a.array());
                if (known == null) {
                    arrays.put(a.array(), HostArray.of(a, name(parameter), context));
                } else {
                    known.access = known.access.and(a.access());
                }
                parameter += a.matrix() ? 2 : 1;
            } else {
                parameter++;
            }
        }
        String shared = SharedRows.find(arrays.values());
        if (shared != null) {
            throw new GpuUnavailable(shared + ": a device buffer cannot share storage");
        }
    }

    private void checkDevice() throws GpuUnavailable {
        boolean doubles = program.usesDouble();
        for (Object p : args.parameters()) {
            doubles |= p instanceof KernelArgs.ArrayArg a && a.type() == ElementType.DOUBLE
                    || p instanceof KernelArgs.ScalarArg s && s.type() == ElementType.DOUBLE;
        }
        for (KernelArgs.Reduction r : args.reductions()) {
            doubles |= r.type == ElementType.DOUBLE;
        }
        String problem = deviceProblem(gpu.device, doubles);
        if (problem != null) {
            throw new GpuUnavailable(problem);
        }
        for (HostArray h : arrays.values()) {
            if (h.bytes() > gpu.device.maxAllocBytes()) {
                throw new GpuUnavailable("array " + h.describe() + " is larger than the largest buffer of device "
                        + gpu.device.describe() + " (" + gpu.device.maxAllocBytes() + " bytes)");
            }
            if (needsStaging(h) && h.bytes() > Integer.MAX_VALUE - 2 * StagingPool.PAGE) {
                throw new GpuUnavailable("array " + h.describe() + " is larger than 2 GiB, the most jpar stages "
                        + "through host memory");
            }
        }
    }

    /** Why {@code device} cannot run a kernel at all (null when it can): double precision, byte order. */
    static String deviceProblem(DeviceInfo device, boolean usesDouble) {
        if (usesDouble && !device.fp64()) {
            return "device " + device.describe() + " has no double precision (cl_khr_fp64)";
        }
        if (device.littleEndian() != (ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN)) {
            return "device " + device.describe() + " has another byte order than this host";
        }
        return null;
    }

    /** 1-D arrays of types JOCL can point at go to and from a copying device directly; others go through bytes. */
    private boolean needsStaging(HostArray h) {
        return zeroCopy || h.matrix || h.type == ElementType.BOOLEAN;
    }

    private void upload() {
        for (HostArray h : arrays.values()) {
            step = "creating the buffer of " + h.describe();
            long flags = h.access == Access.IN ? CL_MEM_READ_ONLY
                    : h.access == Access.OUT ? CL_MEM_WRITE_ONLY : CL_MEM_READ_WRITE;
            long bytes = h.bytes();
            cl_mem mem;
            if (bytes == 0) {
                mem = clCreateBuffer(gpu.context, CL_MEM_READ_WRITE, Long.BYTES, null, null);
            } else if (needsStaging(h)) {
                ByteBuffer host = gpu.staging.take(bytes);
                h.pack(host);
                host.position(0);
                staging.put(h, host);
                long how = zeroCopy ? CL_MEM_USE_HOST_PTR : CL_MEM_COPY_HOST_PTR;
                mem = clCreateBuffer(gpu.context, flags | how, bytes, Pointer.to(host), null);
            } else {
                mem = clCreateBuffer(gpu.context, flags | CL_MEM_COPY_HOST_PTR, bytes, pointerTo(h), null);
            }
            buffers.put(h, mem);
        }
    }

    private void setParameters(LaunchShape shape) {
        cl_kernel handle = program.handle();
        int parameter = 0;
        long[] values = bounds.values();
        for (int k = 0; k < values.length; k++) {
            step = "setting parameter " + name(parameter);
            if (bounds.isTrips(k) || bounds.longIndex()) {
                clSetKernelArg(handle, parameter++, Sizeof.cl_long, Pointer.to(new long[] {values[k]}));
            } else {
                clSetKernelArg(handle, parameter++, Sizeof.cl_int, Pointer.to(new int[] {(int) values[k]}));
            }
        }
        for (Object p : args.parameters()) {
            step = "setting parameter " + name(parameter);
            if (p instanceof KernelArgs.ArrayArg a) {
                HostArray h = arrays.get(a.array());
                clSetKernelArg(handle, parameter++, Sizeof.cl_mem, Pointer.to(buffers.get(h)));
                if (a.matrix()) {
                    step = "setting parameter " + name(parameter);
                    clSetKernelArg(handle, parameter++, Sizeof.cl_int, Pointer.to(new int[] {h.cols}));
                }
            } else {
                KernelArgs.ScalarArg s = (KernelArgs.ScalarArg) p;
                clSetKernelArg(handle, parameter++, s.value().length, Pointer.to(s.value()));
            }
        }
        for (KernelArgs.Reduction r : args.reductions()) {
            step = "setting parameter " + name(parameter);
            cl_mem mem = clCreateBuffer(gpu.context, CL_MEM_WRITE_ONLY, shape.groupCount() * r.type.bytes, null, null);
            partials.add(mem);
            clSetKernelArg(handle, parameter++, Sizeof.cl_mem, Pointer.to(mem));
            step = "setting parameter " + name(parameter) + " (local memory)";
            clSetKernelArg(handle, parameter++, shape.groupSize() * r.type.bytes, null);
        }
        step = "setting parameter " + name(parameter);
        fault = clCreateBuffer(gpu.context, CL_MEM_READ_WRITE | CL_MEM_COPY_HOST_PTR, 3 * Sizeof.cl_int,
                Pointer.to(new int[3]), null);
        clSetKernelArg(handle, parameter, Sizeof.cl_mem, Pointer.to(fault));
    }

    private void download(LaunchShape shape) {
        boolean unmapped = false;
        for (HostArray h : arrays.values()) {
            if (!h.access.written() || h.bytes() == 0) {
                continue;
            }
            step = "copying back " + h.describe();
            cl_mem mem = buffers.get(h);
            ByteBuffer host = staging.get(h);
            if (zeroCopy) {
                ByteBuffer mapped = clEnqueueMapBuffer(gpu.queue, mem, CL_TRUE, CL_MAP_READ, 0, h.bytes(), 0, null,
                        null, null).order(ByteOrder.nativeOrder());
                h.unpack(mapped);
                clEnqueueUnmapMemObject(gpu.queue, mem, mapped, 0, null, null);
                unmapped = true;
            } else if (host != null) {
                host.position(0);
                clEnqueueReadBuffer(gpu.queue, mem, CL_TRUE, 0, h.bytes(), Pointer.to(host), 0, null, null);
                h.unpack(host);
            } else {
                clEnqueueReadBuffer(gpu.queue, mem, CL_TRUE, 0, h.bytes(), pointerTo(h), 0, null, null);
            }
        }
        List<KernelArgs.Reduction> reductions = args.reductions();
        for (int r = 0; r < reductions.size(); r++) {
            step = "reading the partials of reduction " + (r + 1);
            KernelArgs.Reduction reduction = reductions.get(r);
            byte[] bytes = new byte[(int) shape.groupCount() * reduction.type.bytes];
            clEnqueueReadBuffer(gpu.queue, partials.get(r), CL_TRUE, 0, bytes.length, Pointer.to(bytes), 0, null, null);
            reduction.partials = ByteBuffer.wrap(bytes).order(ByteOrder.nativeOrder());
            reduction.groups = (int) shape.groupCount();
        }
        if (unmapped) {
            step = "unmapping";
            clFinish(gpu.queue);
        }
    }

    /**
     * Throws a {@link KernelFault} when a work-item flagged in {@code jpar_fault} what Java would throw (the
     * first flag wins: {@code [0]} 1 is a division by zero, 2 an index out of bounds with index {@code [1]} and
     * length {@code [2]}). Nothing is copied back then: the user's arrays stay as they were before the loop.
     */
    private void throwFault() throws KernelFault {
        step = "reading jpar_fault";
        int[] code = new int[3];
        clEnqueueReadBuffer(gpu.queue, fault, CL_TRUE, 0, 3 * Sizeof.cl_int, Pointer.to(code), 0, null, null);
        switch (code[0]) {
            case 0:
                return;
            case 1:
                throw new KernelFault("java.lang.ArithmeticException: / by zero");
            case 2:
                throw new KernelFault("java.lang.ArrayIndexOutOfBoundsException: Index " + code[1]
                        + " out of bounds for length " + code[2]);
            default:
                throw new GpuException("jpar bug: " + context + ": kernel " + kernel.name() + " reported fault "
                        + code[0] + ", which jpar does not know");
        }
    }

    /** Frees the device buffers, then gives their host memory back (a device may use it until then). */
    private void release() {
        if (fault != null) {
            clReleaseMemObject(fault);
        }
        for (cl_mem mem : buffers.values()) {
            clReleaseMemObject(mem);
        }
        for (cl_mem mem : partials) {
            clReleaseMemObject(mem);
        }
        for (ByteBuffer host : staging.values()) {
            gpu.staging.give(host);
        }
    }

    private static Pointer pointerTo(HostArray h) {
        switch (h.type) {
            case BYTE: return Pointer.to((byte[]) h.array);
            case CHAR: return Pointer.to((char[]) h.array);
            case SHORT: return Pointer.to((short[]) h.array);
            case INT: return Pointer.to((int[]) h.array);
            case LONG: return Pointer.to((long[]) h.array);
            case FLOAT: return Pointer.to((float[]) h.array);
            case DOUBLE: return Pointer.to((double[]) h.array);
            default: throw new IllegalStateException("no direct pointer to a " + h.type.javaName + " array");
        }
    }
}
