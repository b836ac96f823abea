package io.jpar.benchmarks.gpu;

import org.jocl.Sizeof;
import org.jocl.cl_kernel;
import org.jocl.cl_mem;

import java.util.Arrays;

/**
 * The GPU samples written by hand with JOCL: the same computations as the jpar kernels (the same terms, the same
 * order within a work-item, no contraction into fused multiply-adds), with hand-chosen work sizes. Each call is
 * end to end, as the jpar call is: arrays in, kernel run, results back in Java arrays.
 */
public final class GpuByHand implements AutoCloseable {

    private static final String HEADER = """
            #pragma OPENCL EXTENSION cl_khr_fp64 : enable
            #pragma OPENCL FP_CONTRACT OFF
            """;

    private static final String MIDPOINT = HEADER + """
            __kernel void midpoint(const int n, const double h, __global double* partials, __local double* scratch) {
                double sum = 0.0;
                for (int i = get_global_id(0); i < n; i += get_global_size(0)) {
                    double x = (i + 0.5) * h;
                    sum += 4.0 / (1.0 + x * x);
                }
                int lid = get_local_id(0);
                scratch[lid] = sum;
                barrier(CLK_LOCAL_MEM_FENCE);
                for (int s = get_local_size(0) / 2; s > 0; s >>= 1) {
                    if (lid < s) {
                        scratch[lid] += scratch[lid + s];
                    }
                    barrier(CLK_LOCAL_MEM_FENCE);
                }
                if (lid == 0) {
                    partials[get_group_id(0)] = scratch[0];
                }
            }
            """;

    private static final String MULTIPLY = HEADER + """
            __kernel void multiply(const int n, const int p, const int m,
                                   __global const double* a, __global const double* b, __global double* c) {
                int j = get_global_id(0);
                int i = get_global_id(1);
                if (i < n && j < m) {
                    double sum = 0.0;
                    for (int k = 0; k < p; k++) {
                        sum += a[i * p + k] * b[k * m + j];
                    }
                    c[i * m + j] = sum;
                }
            }
            """;

    private static final String MANDELBROT = HEADER + """
            __kernel void mandelbrot(const int width, const int height, const int maxSteps, __global int* steps) {
                int column = get_global_id(0);
                int row = get_global_id(1);
                if (row < height && column < width) {
                    double x = -2.0 + 2.5 * column / width;
                    double y = 1.25 - 2.5 * row / height;
                    double re = 0.0;
                    double im = 0.0;
                    int step = 0;
                    while (step < maxSteps && re * re + im * im <= 4.0) {
                        double nextRe = re * re - im * im + x;
                        im = 2.0 * re * im + y;
                        re = nextRe;
                        step++;
                    }
                    steps[row * width + column] = step;
                }
            }
            """;

    private static final String ADD_ONE = """
            __kernel void addOne(const int n, __global const int* in, __global int* out) {
                int i = get_global_id(0);
                if (i < n) {
                    out[i] = in[i] + 1;
                }
            }
            """;

    /** Work-items per group at most: a power of two (the reduction's tree), within every device's limit. */
    private static final int GROUP = 256;

    private final OpenClByHand cl = new OpenClByHand();
    private final cl_kernel midpoint = cl.kernel(MIDPOINT, "midpoint");
    private final cl_kernel multiply = cl.kernel(MULTIPLY, "multiply");
    private final cl_kernel mandelbrot = cl.kernel(MANDELBROT, "mandelbrot");
    private final cl_kernel addOne = cl.kernel(ADD_ONE, "addOne");

    /*
     * The work sizes a JOCL user tunes for the device: on a CPU device (PoCL) a group's work-items run one after the
     * other, so a reduction runs one work-item per compute unit (a tree in local memory would only cost there) and
     * other kernels give each work-item one element; on a GPU, groups of 256, eight groups per compute unit for the
     * reduction. jpar's runtime makes the same choices, so the two differ only in what jpar adds around the launch.
     */
    private final boolean cpu = cl.isCpu();
    private final int computeUnits = Math.max(1, cl.computeUnits());

    public String deviceName() {
        return cl.deviceName();
    }

    /** The midpoint rule for 4 / (1 + x^2) on [0, 1]: partial sums per work-group, added here in group order. */
    public double midpoint(int intervals) {
        double h = 1.0 / intervals;
        int local = cpu ? 1 : GROUP;
        int groupCount = cpu ? computeUnits : 8 * computeUnits;
        double[] partials = new double[groupCount];
        cl_mem out = cl.output((long) Sizeof.cl_double * groupCount);
        OpenClByHand.arg(midpoint, 0, intervals);
        OpenClByHand.arg(midpoint, 1, h);
        OpenClByHand.arg(midpoint, 2, out);
        OpenClByHand.local(midpoint, 3, (long) Sizeof.cl_double * local);
        cl.run(midpoint, new long[] {(long) groupCount * local}, new long[] {local});
        cl.read(out, partials);
        OpenClByHand.release(out);
        double sum = 0.0;
        for (double partial : partials) {
            sum += partial;
        }
        return sum * h;
    }

    /** C = A x B, one work-item per element of C; the matrices flattened row by row. */
    public double[][] multiply(double[][] a, double[][] b) {
        int n = a.length;
        int p = b.length;
        int m = b[0].length;
        double[] flatC = new double[n * m];
        cl_mem bufferA = cl.input(flatten(a, p));
        cl_mem bufferB = cl.input(flatten(b, m));
        cl_mem bufferC = cl.output((long) Sizeof.cl_double * flatC.length);
        OpenClByHand.arg(multiply, 0, n);
        OpenClByHand.arg(multiply, 1, p);
        OpenClByHand.arg(multiply, 2, m);
        OpenClByHand.arg(multiply, 3, bufferA);
        OpenClByHand.arg(multiply, 4, bufferB);
        OpenClByHand.arg(multiply, 5, bufferC);
        run2d(multiply, n, m);
        cl.read(bufferC, flatC);
        OpenClByHand.release(bufferA, bufferB, bufferC);
        double[][] c = new double[n][];
        for (int i = 0; i < n; i++) {
            c[i] = Arrays.copyOfRange(flatC, i * m, (i + 1) * m);
        }
        return c;
    }

    /** The escape step of every pixel of the sample's picture, one work-item per pixel. */
    public int[][] mandelbrot(int width, int height, int maxSteps) {
        int[] flat = new int[width * height];
        cl_mem out = cl.output((long) Sizeof.cl_int * flat.length);
        OpenClByHand.arg(mandelbrot, 0, width);
        OpenClByHand.arg(mandelbrot, 1, height);
        OpenClByHand.arg(mandelbrot, 2, maxSteps);
        OpenClByHand.arg(mandelbrot, 3, out);
        run2d(mandelbrot, height, width);
        cl.read(out, flat);
        OpenClByHand.release(out);
        int[][] steps = new int[height][];
        for (int row = 0; row < height; row++) {
            steps[row] = Arrays.copyOfRange(flat, row * width, (row + 1) * width);
        }
        return steps;
    }

    /** {@code out[i] = in[i] + 1}: a launch with almost no work, whose time is the cost of a launch. */
    public int[] addOne(int[] in) {
        int[] out = new int[in.length];
        cl_mem bufferIn = cl.input(in);
        cl_mem bufferOut = cl.output((long) Sizeof.cl_int * out.length);
        OpenClByHand.arg(addOne, 0, in.length);
        OpenClByHand.arg(addOne, 1, bufferIn);
        OpenClByHand.arg(addOne, 2, bufferOut);
        long local = Math.min(GROUP, powerOfTwoAtLeast(in.length));
        cl.run(addOne, new long[] {roundUp(in.length, local)}, new long[] {local});
        cl.read(bufferOut, out);
        OpenClByHand.release(bufferIn, bufferOut);
        return out;
    }

    /** One work-item per element of a rows x columns grid, dimension 0 along a row (neighbours are adjacent). */
    private void run2d(cl_kernel kernel, int rows, int columns) {
        long local0 = Math.min(GROUP, powerOfTwoAtLeast(columns));
        long local1 = Math.min(GROUP / local0, powerOfTwoAtLeast(rows));
        cl.run(kernel, new long[] {roundUp(columns, local0), roundUp(rows, local1)}, new long[] {local0, local1});
    }

    private static long powerOfTwoAtLeast(long n) {
        return n <= 1 ? 1 : Long.highestOneBit(n - 1) << 1;
    }

    private static long roundUp(long n, long multiple) {
        return (n + multiple - 1) / multiple * multiple;
    }

    private static double[] flatten(double[][] rows, int columns) {
        double[] flat = new double[rows.length * columns];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(rows[i], 0, flat, i * columns, columns);
        }
        return flat;
    }

    @Override
    public void close() {
        cl.close();
    }
}
