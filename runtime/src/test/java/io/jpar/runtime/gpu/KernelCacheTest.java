package io.jpar.runtime.gpu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Programs are built once per source and process: later launches, and other Kernel objects of it, reuse them. */
class KernelCacheTest {

    @BeforeAll
    static void openCl() {
        OpenClHere.require();
    }


    @Test
    void secondLaunchDoesNotRebuild() throws Exception {
        GpuContext gpu = GpuContext.get();
        Kernel kernel = TestKernels.oneLoop("cached_once", "int", "__global int* a", "a[i] = a[i] + 1;");
        int[] a = new int[100];
        long builds = GpuContext.builds();
        long launches = gpu.launches();
        GpuLoops.forInt(TestKernels.site(), kernel, 0, 100, 1, new Increment(a));
        assertEquals(builds + 1, GpuContext.builds(), "the first launch builds");
        GpuLoops.forInt(TestKernels.site(), kernel, 0, 100, 1, new Increment(a));
        GpuLoops.forInt(TestKernels.site(), new Kernel(kernel.name(), kernel.source()), 0, 50, 1, new Increment(a));
        assertEquals(builds + 1, GpuContext.builds(), "later launches, also of an equal Kernel, reuse the program");
        assertEquals(launches + 3, gpu.launches());
        assertEquals(3, a[0]);
        assertEquals(2, a[99]);
    }

    static final class Increment extends GpuIntChunk<Increment> {
        final int[] a;

        Increment(int[] a) {
            this.a = a;
        }

        @Override
        protected void run(int from, int to) {
            for (int i = from; i < to; i++) {
                a[i] = a[i] + 1;
            }
        }

        @Override
        protected void bind(KernelArgs k) {
            k.inOut(a);
        }
    }
}
