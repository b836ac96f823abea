import io.jpar.Parallel;
import io.jpar.Target;

public class GpuReductions {
    @Parallel(target = Target.GPU)
    static long[] all(int[] a, double[] d) {
        long sum = 0;
        double product = 1;
        int and = -1;
        int or = 0;
        int xor = 0;
        boolean all = true;
        boolean any = false;
        int max = Integer.MIN_VALUE;
        double min = Double.POSITIVE_INFINITY;
        double top = Double.NEGATIVE_INFINITY;
        long low = Long.MAX_VALUE;
        int wrap = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i];
            product *= d[i];
            and &= a[i] | 0x10;
            or |= a[i];
            xor ^= a[i];
            all = all && a[i] > -2_000_000_000;
            any = any || a[i] == 12_345;
            max = Math.max(max, a[i]);
            min = Math.min(min, d[i]);
            if (d[i] > top) {
                top = d[i];
            }
            if (a[i] < low) low = a[i];
            wrap += a[i] * 65_537;
        }
        return new long[] {sum, Double.doubleToLongBits(product), and, or, xor, all ? 1 : 0, any ? 1 : 0, max,
            Double.doubleToLongBits(min), Double.doubleToLongBits(top), low, wrap};
    }

    public static Object result() {
        int n = 10_000;
        int[] a = new int[n];
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = (int) (i * 2_654_435_761L % 1_000_000_007L) - 500_000_000;
            // powers of two: every order of multiplication gives the same product
            d[i] = i % 97 == 0 ? 2.0 : i % 89 == 0 ? 0.5 : 1.0;
        }
        d[4321] = -3.0;
        return new Object[] {all(a, d), all(new int[0], new double[0])};
    }
}
