import io.jpar.Parallel;
import io.jpar.Target;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A loop whose iterations fail in two ways at different indices: Java throws the earliest one, after the writes
 * of the iterations before it, from the loop's line; the GPU loop must too, whichever work-item flags first.
 */
public class GpuFaults {
    @Parallel(target = Target.GPU)
    static void quotients(int[] out, int[] d, int[] e) {
        for (int i = 0; i < out.length; i++) {
            out[i] = 1000 / d[i] + e[i];
        }
    }

    @Parallel(target = Target.GPU)
    static long sum(int[] d) {
        long s = 0;
        for (int i = 0; i < d.length; i++) {
            s += 7 % d[i];
        }
        return s;
    }

    private static String outcome(Runnable loop, Object written) {
        String thrown = "none";
        try {
            loop.run();
        } catch (RuntimeException x) {
            StackTraceElement top = x.getStackTrace()[0];
            thrown = x + " at " + top.getFileName() + ":" + top.getLineNumber();
        }
        return thrown + " after " + Arrays.deepToString(new Object[] {written});
    }

    public static Object result() {
        List<String> out = new ArrayList<>();
        int n = 4096;
        for (int zeroAt : new int[] {3000, 100, 4095}) {
            int[] d = new int[n];
            Arrays.fill(d, 7);
            d[zeroAt] = 0;
            int[] e = new int[2000];                 // e[i] fails from i = 2000 on
            int[] q = new int[n];
            out.add("zero at " + zeroAt + ": " + outcome(() -> quotients(q, d, e), q));
            long[] s = new long[1];
            out.add("sum: " + outcome(() -> s[0] = sum(d), s));
        }
        return out;
    }
}
