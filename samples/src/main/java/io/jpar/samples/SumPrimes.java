package io.jpar.samples;

import io.jpar.Parallel;
import io.jpar.Schedule;

/**
 * Parallel Python's {@code sum_primes.py}: the sum of the primes below n, each number tested by trial division.
 * Large numbers take longer to test than small ones, so the work is uneven: a dynamic schedule hands out
 * blocks as threads finish instead of one equal share each.
 */
public final class SumPrimes {

    private SumPrimes() {
    }

    /** The sum of all primes p with 2 &lt;= p &lt; n. */
    @Parallel(schedule = Schedule.DYNAMIC)
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
        int n = 100_000;
        System.out.printf("sum of primes below %d is %d%n", n, sumPrimes(n));
    }
}
