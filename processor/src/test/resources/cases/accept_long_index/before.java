import io.jpar.Parallel;
import io.jpar.Schedule;
import io.jpar.Target;

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
