package io.jpar.runtime.gpu;

import static org.jocl.CL.*;

import org.jocl.CLException;
import org.jocl.Pointer;
import org.jocl.Sizeof;
import org.jocl.cl_device_id;
import org.jocl.cl_platform_id;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Every OpenCL device of every platform, in OpenCL's order, with what jpar needs to know of each. */
final class DeviceList {

    /** A device and the handles to open it. */
    record Found(DeviceInfo info, cl_platform_id platform, cl_device_id device) {
    }

    /** PoCL's platform name. */
    static final String POCL = PoclSafety.POCL;

    private DeviceList() {
    }

    /**
     * @param skipped receives, for each platform left unopened ({@link PoclSafety#problem}), why
     * @throws CLException from OpenCL, e.g. {@code CL_PLATFORM_NOT_FOUND_KHR} (-1001) when no platform is
     *                     installed; a platform without devices is skipped
     */
    static List<Found> all(List<String> skipped) {
        int[] count = new int[1];
        clGetPlatformIDs(0, null, count);
        cl_platform_id[] platforms = new cl_platform_id[count[0]];
        clGetPlatformIDs(platforms.length, platforms, null);
        List<Found> found = new ArrayList<>();
        for (cl_platform_id platform : platforms) {
            String platformName = platformString(platform, CL_PLATFORM_NAME);
            String problem = PoclSafety.problem(platformName);
            if (problem != null) {
                skipped.add(problem);
                continue;
            }
            cl_device_id[] devices;
            try {
                clGetDeviceIDs(platform, CL_DEVICE_TYPE_ALL, 0, null, count);
                devices = new cl_device_id[count[0]];
                clGetDeviceIDs(platform, CL_DEVICE_TYPE_ALL, devices.length, devices, null);
            } catch (CLException e) {
                if (e.getStatus() == CL_DEVICE_NOT_FOUND) {
                    continue;
                }
                throw e;
            }
            for (cl_device_id device : devices) {
                found.add(new Found(describe(found.size(), platformName, device), platform, device));
            }
        }
        return found;
    }

    /** {@link #all(List)}, for callers that need not know which platforms were left unopened. */
    static List<Found> all() {
        return all(new ArrayList<>());
    }

    @SuppressWarnings("deprecation")    // CL_DEVICE_HOST_UNIFIED_MEMORY: deprecated in 2.0, still the only such query in 1.2
    private static DeviceInfo describe(int index, String platform, cl_device_id device) {
        long type = deviceLong(device, CL_DEVICE_TYPE, Sizeof.cl_ulong);
        DeviceInfo.Kind kind = (type & CL_DEVICE_TYPE_GPU) != 0 ? DeviceInfo.Kind.GPU
                : (type & CL_DEVICE_TYPE_ACCELERATOR) != 0 ? DeviceInfo.Kind.ACCELERATOR
                : (type & CL_DEVICE_TYPE_CPU) != 0 ? DeviceInfo.Kind.CPU : DeviceInfo.Kind.OTHER;
        boolean unified = kind == DeviceInfo.Kind.CPU;
        try {
            unified |= deviceLong(device, CL_DEVICE_HOST_UNIFIED_MEMORY, Sizeof.cl_uint) != 0;
        } catch (CLException e) {
            // Deprecated in OpenCL 2.0: a device may refuse the query; then only CPU devices count as unified.
        }
        String extensions = deviceString(device, CL_DEVICE_EXTENSIONS);
        return new DeviceInfo(index, deviceString(device, CL_DEVICE_NAME).trim(), platform.trim(), kind, unified,
                extensions.contains("cl_khr_fp64"),
                (int) deviceLong(device, CL_DEVICE_MAX_COMPUTE_UNITS, Sizeof.cl_uint),
                deviceLong(device, CL_DEVICE_MAX_WORK_GROUP_SIZE, Sizeof.size_t),
                deviceLong(device, CL_DEVICE_LOCAL_MEM_SIZE, Sizeof.cl_ulong),
                deviceLong(device, CL_DEVICE_MAX_MEM_ALLOC_SIZE, Sizeof.cl_ulong),
                (int) Math.max(64, deviceLong(device, CL_DEVICE_MEM_BASE_ADDR_ALIGN, Sizeof.cl_uint) / 8),
                deviceLong(device, CL_DEVICE_ENDIAN_LITTLE, Sizeof.cl_uint) != 0,
                (deviceLong(device, CL_DEVICE_SINGLE_FP_CONFIG, Sizeof.cl_ulong) & CL_FP_CORRECTLY_ROUNDED_DIVIDE_SQRT) != 0);
    }

    private static long deviceLong(cl_device_id device, int param, int size) {
        if (size == Sizeof.cl_uint) {
            int[] value = new int[1];
            clGetDeviceInfo(device, param, size, Pointer.to(value), null);
            return value[0] & 0xFFFF_FFFFL;
        }
        long[] value = new long[1];
        clGetDeviceInfo(device, param, size, Pointer.to(value), null);
        return value[0];
    }

    private static String deviceString(cl_device_id device, int param) {
        long[] size = new long[1];
        clGetDeviceInfo(device, param, 0, null, size);
        byte[] text = new byte[(int) size[0]];
        clGetDeviceInfo(device, param, text.length, Pointer.to(text), null);
        return cString(text);
    }

    private static String platformString(cl_platform_id platform, int param) {
        long[] size = new long[1];
        clGetPlatformInfo(platform, param, 0, null, size);
        byte[] text = new byte[(int) size[0]];
        clGetPlatformInfo(platform, param, text.length, Pointer.to(text), null);
        return cString(text);
    }

    private static String cString(byte[] text) {
        int end = 0;
        while (end < text.length && text[end] != 0) {
            end++;
        }
        return new String(text, 0, end, StandardCharsets.UTF_8);
    }
}
