import io.jpar.Parallel;
import io.jpar.Schedule;
import io.jpar.Target;

public class Primes {
    @Parallel(target = Target.CLUSTER, schedule = Schedule.DYNAMIC)
    static long sumPrimes(int n) {
        long sum = 0;
        for (int i = 2; i < n; i++) {
            if (isPrime(i)) {
                sum += i;
            }
        }
        return sum;
    }

    static boolean isPrime(int k) {
        for (int d = 2; (long) d * d <= k; d++) {
            if (k % d == 0) {
                return false;
            }
        }
        return k > 1;
    }
}
