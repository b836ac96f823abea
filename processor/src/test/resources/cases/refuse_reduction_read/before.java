import io.jpar.Parallel;

public class ReadSum {
    @Parallel
    static long running(int[] a, long[] out) {
        long sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i];
            out[i] = sum;
        }
        return sum;
    }
}
