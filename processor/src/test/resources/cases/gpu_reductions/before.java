import io.jpar.Parallel;
import io.jpar.Target;

public class Reductions {
    /** Every scalar reduction kind: + * & | ^ && || max min and the conditional forms. */
    @Parallel(target = Target.GPU)
    static long all(int[] a, double[] d) {
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
        for (int i = 0; i < a.length; i++) {
            sum += a[i];
            product *= d[i];
            and &= a[i];
            or |= a[i];
            xor ^= a[i];
            all = all && a[i] > 0;
            any = any || a[i] < -5;
            max = Math.max(max, a[i]);
            min = Math.min(min, d[i]);
            if (d[i] > top) {
                top = d[i];
            }
            if (a[i] < low) low = a[i];
        }
        return sum + (long) product + and + or + xor + (all ? 1 : 0) + (any ? 1 : 0) + max + (long) min + (long) top + low;
    }
}
