package io.jpar.samples.cluster;

import io.jpar.Parallel;
import io.jpar.Schedule;
import io.jpar.Target;
import io.jpar.runtime.Jpar;
import io.jpar.samples.SampleMain;
import io.jpar.samples.SumPrimes;

/**
 * The sum of the primes below n on a cluster: {@link SumPrimes} with {@code target = CLUSTER} and nothing else
 * changed. Each rank takes a block of the numbers and tests it with its own threads (a dynamic schedule inside
 * the rank, because large numbers take longer); rank 0 adds the ranks' partial sums.
 *
 * <p>Run it as a job: {@code mvn -pl samples jpar:run -Djpar.np=2 -Djpar.mainClass=io.jpar.samples.cluster.ClusterSumPrimes}.
 */
public final class ClusterSumPrimes {

    private ClusterSumPrimes() {
    }

    /** The sum of all primes p with 2 &lt;= p &lt; n. */
    @Parallel(target = Target.CLUSTER, schedule = Schedule.DYNAMIC)
    public static long sumPrimes(int n) {
        long sum = 0;
        for (int i = 2; i < n; i++) {
            if (isPrime(i)) {
                sum += i;
            }
        }
        return sum;
    }

    /** Trial division by every d up to the square root, as the lecture's {@code isprime} does. */
    static boolean isPrime(int n) {
        if (n < 2) {
            return false;
        }
        for (int d = 2; (long) d * d <= n; d++) {
            if (n % d == 0) {
                return false;
            }
        }
        return true;
    }

    public static void main(String[] args) {
        int n = SampleMain.size(args, 2_000_000);
        long cluster = sumPrimes(n);
        long sequential = Jpar.sequential(() -> SumPrimes.sumPrimes(n));
        SampleMain.report(String.format("sum of primes below %,d: %,d", n, cluster), cluster == sequential,
                String.format("%,d", sequential));
    }
}
