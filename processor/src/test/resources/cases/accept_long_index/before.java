import io.jpar.Parallel;

public class LongIndex {
    @Parallel
    static long sumTo(long n) {
        long sum = 0;
        for (long i = 0; i < n; i++) {
            sum += i % 7;
        }
        return sum;
    }
}
