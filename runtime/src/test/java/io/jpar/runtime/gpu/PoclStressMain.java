package io.jpar.runtime.gpu;

/**
 * What {@link PoclSignalChainingTest} forks: a GPU loop over {@code kernels} kernels of distinct source (each one a
 * fresh LLVM build inside PoCL) while two threads keep raising the JVM's routine SIGSEGVs (implicit null checks of
 * compiled code, each caught as a NullPointerException). Without HotSpot's signal chaining, LLVM's handlers take those
 * signals for crashes while a kernel builds (a third thread adds safepoints with {@code System.gc()}); this JVM then fails builds or dies (exit 139). Prints one line per
 * wrong result and "ok" at the end; runs under {@code jpar.fallback=error}, so nothing runs on the CPU unnoticed.
 */
public final class PoclStressMain {

    private static volatile boolean stop;
    private static volatile long caught;

    private PoclStressMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        int kernels = Integer.parseInt(args[0]);
        Thread[] faulting = new Thread[3];
        for (int t = 0; t < faulting.length; t++) {
            faulting[t] = new Thread(t == 2 ? PoclStressMain::collect : PoclStressMain::raiseNullChecks, "faulting-" + t);
            faulting[t].setDaemon(true);
            faulting[t].start();
        }
        int n = 1000;
        int wrong = 0;
        for (int k = 0; k < kernels; k++) {
            Kernel variant = new Kernel(SaxpyTest.SAXPY.name(), SaxpyTest.SAXPY.source() + "\n// variant " + k + "\n");
            float[] x = new float[n];
            float[] y = new float[n];
            for (int i = 0; i < n; i++) {
                x[i] = i;
                y[i] = k;
            }
            GpuLoops.forInt(TestKernels.site(), variant, 0, n, 1, new SaxpyTest.Saxpy(0f, x, y, 2f));
            for (int i = 0; i < n; i++) {
                if (y[i] != 2f * i + k) {
                    System.out.println("kernel " + k + ": y[" + i + "] = " + y[i] + ", not " + (2f * i + k));
                    wrong++;
                    break;
                }
            }
        }
        stop = true;
        for (Thread t : faulting) {
            t.join();
        }
        System.out.println(wrong == 0 && caught > 0 ? "ok" : "wrong results: " + wrong + ", null checks caught: " + caught);
    }

    private static void collect() {
        while (!stop) {
            System.gc();
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Null checks in compiled code: HotSpot lets the load fault (SIGSEGV) and turns the signal into the exception. */
    private static void raiseNullChecks() {
        Object[] objects = new Object[16];
        long local = 0;
        int k = 0;
        while (!stop) {
            try {
                local += objects[k++ & 15].hashCode();
            } catch (NullPointerException e) {
                local++;
            }
            if ((k & 1023) == 0) {
                objects[k & 15] = new int[4];
            } else if ((k & 4095) == 1) {
                objects[(k - 1) & 15] = null;
            }
        }
        synchronized (PoclStressMain.class) {
            caught += local;
        }
    }
}
