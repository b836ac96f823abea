import io.jpar.Parallel;

public class FloatReductions {
    /** Partial sums merged in another order: a few ulps of the sum of |terms| (about 3e7 here). */
    static final double TOLERANCE = 1e-7;

    @Parallel
    static double[] floating(double[] a) {
        double sum = 0;
        double product = 1.0;
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        double[] bins = new double[8];
        for (int i = 0; i < a.length; i++) {
            bins[(int) Math.abs(a[i]) % 8] += a[i];
            sum += a[i];
            product *= 1.0 + a[i] * 1e-7;
            if (a[i] > max) max = a[i];
            min = Math.min(min, a[i]);
        }
        double[] all = java.util.Arrays.copyOf(bins, 12);
        all[8] = sum;
        all[9] = product;
        all[10] = max;
        all[11] = min;
        return all;
    }

    public static Object result() {
        double[] a = new double[500_000];
        for (int i = 0; i < a.length; i++) {
            a[i] = Math.sin(i) * 100;
        }
        return floating(a);
    }
}
