import io.jpar.Parallel;
import io.jpar.Target;

public class GpuLongIndex {
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

    public static Object result() {
        int[] a = new int[1000];
        for (int i = 0; i < a.length; i++) {
            a[i] = i * 7919;
        }
        stride(a, 31);
        return new Object[] {sumOdd(5_000_001L), sumOdd(0), a};
    }
}
