import io.jpar.Parallel;

public class FloatSum {
    /** float keeps 24 bits: summing 100 000 terms in another order moves the last few of them. */
    static final double TOLERANCE = 1e-4;

    @Parallel
    static double sum(float[] a) {
        float total = 0f;
        for (int i = 0; i < a.length; i++) {
            total += a[i] * 0.5;
        }
        return total;
    }

    public static Object result() {
        float[] a = new float[100_000];
        for (int i = 0; i < a.length; i++) {
            a[i] = (float) (1.0 + Math.abs(Math.sin(i)));
        }
        return sum(a);
    }
}
