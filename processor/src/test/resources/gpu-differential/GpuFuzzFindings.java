import io.jpar.Parallel;
import io.jpar.Target;

/** Programs the fuzzer found the GPU target getting wrong (fuzz/found-bugs), kept so they stay right. */
public class GpuFuzzFindings {

    /** Math.abs(MIN_VALUE) is MIN_VALUE, a negative number: the kernel must not fold tests that assume otherwise. */
    @Parallel(target = Target.GPU)
    static void abs(int[] a, long[] l, int[] w, long[] lw, boolean[] negative) {
        for (int i = 0; i < a.length; i++) {
            w[i] = Math.abs(a[i]) >> 1;
            lw[i] = Math.abs(l[i]) >> 1;
            negative[i] = Math.abs(a[i]) < 0 || Math.abs(l[i]) < 0L;
        }
    }

    /** x % -1 in a local's initializer: the translated remainder must stay one expression. */
    @Parallel(target = Target.GPU)
    static void remainderByMinusOne(int[] a, long[] l, int[] w, long[] lw) {
        for (int i = 0; i < a.length; i++) {
            int t = a[i] % -1;
            long u = l[i] % -1L;
            w[i] = t + a[i] / -1;
            lw[i] = u + l[i] / -1L;
        }
    }

    public static Object result() {
        int[] a = {Integer.MIN_VALUE, -6, 5, Integer.MIN_VALUE + 1, 0, Integer.MAX_VALUE};
        long[] l = {Long.MIN_VALUE, -6L, 5L, Long.MIN_VALUE + 1, 0L, Long.MAX_VALUE};
        int[] w = new int[a.length];
        long[] lw = new long[a.length];
        boolean[] negative = new boolean[a.length];
        abs(a, l, w, lw, negative);
        int[] w2 = new int[a.length];
        long[] lw2 = new long[a.length];
        remainderByMinusOne(a, l, w2, lw2);
        return new Object[] {w, lw, negative, w2, lw2};
    }
}
