import io.jpar.Parallel;
import io.jpar.Target;

public class Primes {
    static boolean isPrime(int n) {
        if (n < 2) {
            return false;
        }
        for (int d = 2; d * d <= n; d++) {
            if (n % d == 0) {
                return false;
            }
        }
        return true;
    }

    static int collatz(long n) {
        int steps = 0;
        while (n != 1) {
            n = (n % 2 == 0) ? n / 2 : 3 * n + 1;
            steps++;
        }
        return steps;
    }

    @Parallel(target = Target.GPU)
    static long count(int n, int[] steps) {
        long primes = 0;
        for (int i = 1; i < n; i++) {
            steps[i] = collatz(i);
            if (!isPrime(i)) {
                continue;
            }
            int k = 0;
            do {
                k++;
            } while (k < 3);
            primes += k / 3;
        }
        return primes;
    }
}
