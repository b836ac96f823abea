import io.jpar.Parallel;
import io.jpar.Target;

public class GpuIntArithmetic {
    static final int SHIFT = 35;

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
            lout[i] = q + q % (i + 1) + l[i] / d[i];
            casts[i] = (int) x[i] + (int) (long) x[i] + (byte) v + (short) v + (char) v + (int) (float) x[i];
        }
    }

    public static Object result() {
        int[] edge = {0, 1, -1, 7, -7, Integer.MAX_VALUE, Integer.MIN_VALUE, 46341, -46341, 1 << 30};
        double[] doubles = {0.0, -0.0, 1.5, -1.5, 2.5e9, -2.5e9, Double.NaN, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, 1e19, -1e19, 123456.789};
        int n = 500;
        int[] a = new int[n];
        int[] d = new int[n];
        long[] l = new long[n];
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = i < edge.length ? edge[i] : i * 2_654_435_761L > 0 ? (int) (i * 2_654_435_761L) : -i * 977;
            d[i] = i % 3 == 0 ? -1 : i % 3 == 1 ? Integer.MIN_VALUE : (i % 11) + 1;
            l[i] = i % 5 == 0 ? Long.MIN_VALUE + i : i * 0x9E3779B97F4A7C15L;
            x[i] = i < doubles.length ? doubles[i] : (i - 250) * 1.0e7 / 3;
        }
        int[] out = new int[n];
        long[] lout = new long[n];
        int[] casts = new int[n];
        mix(a, d, l, out, lout, x, casts);
        return new Object[] {out, lout, casts};
    }
}
