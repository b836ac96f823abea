import io.jpar.Parallel;

public class FloatReductions {
    static final double TOLERANCE = 1e-9;

    @Parallel
    static double[] floating(double[] a) {
        double sum = 0;
        double product = 1.0;
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        for (int i = 0; i < a.length; i++) {
            sum += a[i];
            product *= 1.0 + a[i] * 1e-7;
            if (a[i] > max) max = a[i];
            min = Math.min(min, a[i]);
        }
        return new double[] {sum, product, max, min};
    }

    public static Object result() {
        double[] a = new double[500_000];
        for (int i = 0; i < a.length; i++) {
            a[i] = Math.sin(i) * 100;
        }
        return floating(a);
    }
}
