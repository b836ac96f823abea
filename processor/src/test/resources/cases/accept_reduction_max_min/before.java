import io.jpar.Parallel;

public class Extremes {
    @Parallel
    static double range(double[] a, int[] b) {
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        int top = Integer.MIN_VALUE;
        int low = Integer.MAX_VALUE;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, a[i]);
            min = Math.min(a[i], min);
            if (b[i] > top) {
                top = b[i];
            }
            if (low > b[i]) low = b[i];
        }
        return max - min + top - low;
    }
}
