package io.jpar.samples;

/** The sieve of Eratosthenes: an independent way to the primes that the samples find by trial division. */
final class Sieve {

    private Sieve() {
    }

    /** {@code composite[k]} for 0 &lt;= k &lt; n: true where k &gt;= 2 has a divisor other than 1 and itself. */
    static boolean[] composites(int n) {
        boolean[] composite = new boolean[Math.max(n, 2)];
        for (long p = 2; p * p < n; p++) {
            if (!composite[(int) p]) {
                for (long multiple = p * p; multiple < n; multiple += p) {
                    composite[(int) multiple] = true;
                }
            }
        }
        return composite;
    }

    static long sumOfPrimesBelow(int n) {
        boolean[] composite = composites(n);
        long sum = 0;
        for (int k = 2; k < n; k++) {
            sum += composite[k] ? 0 : k;
        }
        return sum;
    }
}
