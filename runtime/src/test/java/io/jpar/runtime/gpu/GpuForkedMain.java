package io.jpar.runtime.gpu;

/**
 * What the forked JVMs of {@link FallbackTest} run: the saxpy loop of {@link SaxpyTest} twice, printing its
 * results, so that the parent can compare them with Java's and read the warnings.
 */
public final class GpuForkedMain {

    private GpuForkedMain() {
    }

    public static void main(String[] args) {
        int n = 1000;
        io.jpar.runtime.LoopSite site = TestKernels.site();
        for (int call = 0; call < 2; call++) {
            float[] x = new float[n];
            float[] y = new float[n];
            for (int i = 0; i < n; i++) {
                x[i] = i;
                y[i] = 1;
            }
            float sum = GpuLoops.forInt(site, SaxpyTest.SAXPY, 0, n, 1, new SaxpyTest.Saxpy(0f, x, y, 2f)).sum;
            System.out.println("y[999]=" + y[999] + " sum=" + sum);
        }
        System.out.println("calls=" + site.calls());
        if (Boolean.getBoolean("check.division")) {
            System.out.println("java 1 / 0: " + divide(1, zero(args)));
        }
    }

    /** A zero the JIT cannot see, so the division below is a real idiv (HotSpot relies on SIGFPE for it). */
    private static int zero(String[] args) {
        return args.length;
    }

    private static String divide(int a, int b) {
        try {
            return "gave " + (a / b);
        } catch (ArithmeticException e) {
            return "threw " + e.getMessage();
        }
    }
}
