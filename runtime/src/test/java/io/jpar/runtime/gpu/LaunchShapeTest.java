package io.jpar.runtime.gpu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Work-group sizes: powers of two within the device's and kernel's limits; groups from compute units and trips on
 * a GPU; on a CPU device covering the trips, or one work-item per compute unit for reductions.
 */
class LaunchShapeTest {

    static final DeviceInfo GPU = new DeviceInfo(0, "gpu", "p", DeviceInfo.Kind.GPU, false, true, 132, 1024,
            48 * 1024, 1L << 34, 4096, true, true);
    static final DeviceInfo CPU = new DeviceInfo(0, "cpu", "p", DeviceInfo.Kind.CPU, true, true, 2, 4096,
            512 * 1024, 1L << 30, 128, true, true);

    @Test
    void oneLoop() {
        LaunchShape big = LaunchShape.of(GPU, 1024, Bounds.ofInt(10_000_000, 0, 1), 0);
        assertArrayEquals(new long[] {256}, big.local());
        assertArrayEquals(new long[] {132 * 8}, big.groups());
        LaunchShape cpu = LaunchShape.of(CPU, 4096, Bounds.ofInt(10_000_000, 0, 1), 0);
        assertArrayEquals(new long[] {256}, cpu.local());
        assertArrayEquals(new long[] {39_063}, cpu.groups(), "a CPU device: one iteration per work-item");
        assertArrayEquals(new long[] {1 << 20},
                LaunchShape.of(CPU, 4096, Bounds.ofLong(1L << 40, 0, 1), 0).groups(), "up to 2^20 groups");
        LaunchShape cpuReduction = LaunchShape.of(CPU, 4096, Bounds.ofInt(10_000_000, 0, 1), 8);
        assertArrayEquals(new long[] {1}, cpuReduction.local());
        assertArrayEquals(new long[] {2}, cpuReduction.groups(), "a reduction on a CPU device: a work-item per core");
        assertArrayEquals(new long[] {4}, LaunchShape.of(GPU, 1024, Bounds.ofInt(3, 0, 1), 0).local());
        assertArrayEquals(new long[] {1}, LaunchShape.of(GPU, 1024, Bounds.ofInt(1, 0, 1), 0).local());
        assertArrayEquals(new long[] {64}, LaunchShape.of(GPU, 100, Bounds.ofInt(1000, 0, 1), 0).local(),
                "the kernel's limit, rounded down to a power of two");
        assertArrayEquals(new long[] {128}, LaunchShape.of(GPU, 1024, Bounds.ofInt(1000, 0, 1), 192).local(),
                "scratch for the reductions within half the local memory");
        assertEquals(4, LaunchShape.of(GPU, 1024, Bounds.ofInt(1000, 0, 1), 0).groupCount());
    }

    @Test
    void collapsedLoops() {
        LaunchShape wide = LaunchShape.of(GPU, 1024, Bounds.ofInt2(1000, 0, 1, 1000, 0, 1), 8);
        assertArrayEquals(new long[] {256, 1}, wide.local());
        assertArrayEquals(new long[] {4, 264}, wide.groups());
        assertEquals(256, wide.groupSize());
        assertEquals(4 * 264, wide.groupCount());
        LaunchShape narrow = LaunchShape.of(GPU, 1024, Bounds.ofInt2(1000, 0, 1, 3, 0, 1), 0);
        assertArrayEquals(new long[] {4, 64}, narrow.local());
        assertArrayEquals(new long[] {1, 16}, narrow.groups());
        assertEquals("1x16 group(s) of 4x64", narrow.describe());
        LaunchShape cpu = LaunchShape.of(CPU, 4096, Bounds.ofInt2(1000, 0, 1, 1000, 0, 1), 0);
        assertArrayEquals(new long[] {256, 1}, cpu.local());
        assertArrayEquals(new long[] {4, 1000}, cpu.groups());
        LaunchShape cpuReduction = LaunchShape.of(CPU, 4096, Bounds.ofInt2(1000, 0, 1, 1000, 0, 1), 8);
        assertArrayEquals(new long[] {1, 1}, cpuReduction.local());
        assertArrayEquals(new long[] {2, 1}, cpuReduction.groups());
    }
}
