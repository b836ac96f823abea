package io.jpar.samples.gpu;

/** The problem sizes of one run of the GPU samples. */
record GpuSizes(int piSamples, int intervals, int matrixSize, int mandelbrotWidth, int maxSteps) {

    /** About a second of sequential work per sample on one core; PoCL on a small CPU takes about as long. */
    static final GpuSizes FULL = new GpuSizes(30_000_000, 100_000_000, 400, 640, 1_000);

    /** A smoke run: big enough for several work-groups, a fraction of a second each beyond the kernel's build. */
    static final GpuSizes QUICK = new GpuSizes(1_000_000, 1_000_000, 64, 160, 200);
}
