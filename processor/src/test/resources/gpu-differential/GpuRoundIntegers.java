import io.jpar.Parallel;
import io.jpar.Target;

/** Math.round of an integer argument is Java's round(float): the int nearest to (float) x, not x itself. */
public class GpuRoundIntegers {
    @Parallel(target = Target.GPU)
    static void round(int[] a, long[] l, int[] ra, int[] rl, long[] rd) {
        for (int i = 0; i < a.length; i++) {
            ra[i] = Math.round(a[i]);
            rl[i] = Math.round(l[i]);
            rd[i] = Math.round((double) l[i]);
        }
    }

    public static Object result() {
        int[] a = {16_777_217, -16_777_217, Integer.MAX_VALUE, Integer.MIN_VALUE, 0, 7};
        long[] l = {3_000_000_000L, -3_000_000_000L, 16_777_217L, Long.MAX_VALUE, Long.MIN_VALUE, 9_007_199_254_740_993L};
        int[] ra = new int[a.length];
        int[] rl = new int[a.length];
        long[] rd = new long[a.length];
        round(a, l, ra, rl, rd);
        return new Object[] {ra, rl, rd};
    }
}
