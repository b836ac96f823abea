package io.jpar.runtime.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import java.util.List;

/**
 * The device rule: GPU, then accelerator, then CPU; {@code jpar.gpu.device} by index or piece of a name; what a
 * device must have to run a kernel at all (else the loop falls back).
 */
class DeviceChoiceTest {

    static DeviceInfo device(int index, String name, String platform, DeviceInfo.Kind kind) {
        return new DeviceInfo(index, name, platform, kind, kind == DeviceInfo.Kind.CPU, true, 4, 256, 32768,
                1L << 30, 128, true, true);
    }

    static final DeviceInfo CPU = device(0, "pthread-skylake", "Portable Computing Language", DeviceInfo.Kind.CPU);
    static final DeviceInfo FPGA = device(1, "Emulator", "Intel FPGA", DeviceInfo.Kind.ACCELERATOR);
    static final DeviceInfo GPU1 = device(2, "NVIDIA H200", "NVIDIA CUDA", DeviceInfo.Kind.GPU);
    static final DeviceInfo GPU2 = device(3, "NVIDIA H100", "NVIDIA CUDA", DeviceInfo.Kind.GPU);
    static final List<DeviceInfo> ALL = List.of(CPU, FPGA, GPU1, GPU2);

    @Test
    void prefersGpuThenAcceleratorThenCpu() {
        assertSame(GPU1, DeviceChoice.choose(ALL, null));
        assertSame(FPGA, DeviceChoice.choose(List.of(CPU, FPGA), null));
        assertSame(CPU, DeviceChoice.choose(List.of(CPU), null));
    }

    @Test
    void pickedByIndexOrNamePiece() {
        assertSame(CPU, DeviceChoice.choose(ALL, new String[] {"p", "0"}));
        assertSame(GPU2, DeviceChoice.choose(ALL, new String[] {"p", "3"}));
        assertSame(GPU2, DeviceChoice.choose(ALL, new String[] {"p", "h100"}));
        assertSame(GPU1, DeviceChoice.choose(ALL, new String[] {"p", "cuda"}), "the preferred of two matches");
        assertSame(CPU, DeviceChoice.choose(ALL, new String[] {"p", "Portable"}), "by platform name");
    }

    @Test
    void badNameOrIndexIsAClearErrorListingTheDevices() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DeviceChoice.choose(ALL, new String[] {"system property jpar.gpu.device", "radeon"}));
        assertEquals("jpar: system property jpar.gpu.device is 'radeon', but no device or platform name contains "
                + "'radeon'; the OpenCL devices are:\n"
                + "  0: pthread-skylake (CPU, Portable Computing Language)\n"
                + "  1: Emulator (ACCELERATOR, Intel FPGA)\n"
                + "  2: NVIDIA H200 (GPU, NVIDIA CUDA)\n"
                + "  3: NVIDIA H100 (GPU, NVIDIA CUDA)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> DeviceChoice.choose(ALL, new String[] {"environment variable JPAR_GPU_DEVICE", "4"}));
        assertEquals(true, e.getMessage().startsWith("jpar: environment variable JPAR_GPU_DEVICE is '4', but there is "
                + "no device number 4; the OpenCL devices are:"), e.getMessage());
    }

    @Test
    void doublePrecisionAndByteOrderAreChecked() {
        DeviceInfo noDoubles = new DeviceInfo(0, "Mali", "ARM", DeviceInfo.Kind.GPU, true, false, 4, 256, 32768,
                1L << 30, 128, true, true);
        assertEquals("device Mali (GPU, ARM) has no double precision (cl_khr_fp64)",
                Launch.deviceProblem(noDoubles, true));
        assertEquals(null, Launch.deviceProblem(noDoubles, false));
        assertEquals(null, Launch.deviceProblem(GPU1, true));
        boolean hostLittle = java.nio.ByteOrder.nativeOrder() == java.nio.ByteOrder.LITTLE_ENDIAN;
        DeviceInfo otherOrder = new DeviceInfo(0, "Cell", "IBM", DeviceInfo.Kind.ACCELERATOR, false, true, 4, 256,
                32768, 1L << 30, 128, !hostLittle, true);
        assertEquals("device Cell (ACCELERATOR, IBM) has another byte order than this host",
                Launch.deviceProblem(otherOrder, false));
    }

    @Test
    void realDevicesOfThisMachine() throws Exception {
        OpenClHere.require();
        GpuContext gpu = GpuContext.get();
        List<DeviceInfo> real = DeviceList.all().stream().map(DeviceList.Found::info).toList();
        assertFalse(real.isEmpty());
        DeviceInfo first = real.get(0);
        assertEquals(first, DeviceChoice.choose(real, new String[] {"p", "0"}));
        String piece = first.name().substring(0, Math.min(6, first.name().length())).toUpperCase();
        assertEquals(first.name(), DeviceChoice.choose(real, new String[] {"p", piece}).name());
        assertEquals(gpu.device, DeviceChoice.choose(real, DeviceChoice.setting()), "the process's device");
        System.out.println("OpenCL devices here: " + real.stream().map(DeviceInfo::describe).toList());
    }
}
