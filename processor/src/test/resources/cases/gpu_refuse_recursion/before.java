import io.jpar.Parallel;
import io.jpar.Target;

public class Recursion {
    static long fib(int n) {
        return n < 2 ? n : fib(n - 1) + fib(n - 2);
    }

    static int even(int n) {
        return n == 0 ? 1 : odd(n - 1);
    }

    static int odd(int n) {
        return n == 0 ? 0 : even(n - 1);
    }

    @Parallel(target = Target.GPU)
    static void fill(long[] a, int[] b) {
        for (int i = 0; i < a.length; i++) {
            a[i] = fib(i % 20);
            b[i] = even(i % 50);
        }
    }
}
