import io.jpar.Parallel;
import io.jpar.Target;

public class IntArithmetic {
    static final int SHIFT = 35;

    /** Java's int and long semantics: wrapping, masked shift counts, truncating division, saturating casts. */
    @Parallel(target = Target.GPU)
    static void mix(int[] a, int[] d, long[] l, int[] out, long[] lout, double[] x, int[] casts) {
        for (int i = 0; i < a.length; i++) {
            int v = a[i];
            int w = v * 1_000_003 + Integer.MAX_VALUE;
            w -= v << SHIFT;
            w += v >> 3;
            w ^= v >>> 7;
            out[i] = w + v / d[i] + v % d[i] + v / -1 + (v % 7) - (-v);
            long q = l[i];
            q *= 31L;
            q += (long) v << 40;
            q = q / 3 + (q >>> 60) - Long.MIN_VALUE;
            lout[i] = q + q % (i + 1);
            casts[i] = (int) x[i] + (int) (long) x[i] + (byte) v + (short) v + (char) v + (int) (float) x[i];
        }
    }
}
