import io.jpar.Parallel;
import io.jpar.Schedule;
import io.jpar.Target;

public class ClusterPrimes {
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

    @Parallel(target = Target.CLUSTER)
    static int countPrimes(int[] candidates) {
        int count = 0;
        for (int i = 0; i < candidates.length; i++) {
            count += isPrime(candidates[i]) ? 1 : 0;
        }
        return count;
    }

    public static Object result() {
        int[] candidates = new int[2_000];
        for (int i = 0; i < candidates.length; i++) {
            candidates[i] = 3 * i + 1;
        }
        return new Object[] {sumPrimes(30_000), countPrimes(candidates)};
    }
}
