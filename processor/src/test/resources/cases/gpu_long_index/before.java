import io.jpar.Parallel;
import io.jpar.Target;

public class LongIndex {
    @Parallel(target = Target.GPU)
    static long sumOdd(long n) {
        long sum = 0;
        for (long i = n - 1; i >= 1; i -= 2) {
            sum += i % 1000;
        }
        return sum;
    }

    @Parallel(target = Target.GPU)
    static void stride(int[] a, int k) {
        for (int i = a.length - 1; i > 0; i -= 3) {
            a[i] = a[i] * k + i;
        }
    }
}
