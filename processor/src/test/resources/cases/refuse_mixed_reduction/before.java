import io.jpar.Parallel;

public class Mixed {
    @Parallel
    static long both(int[] a) {
        long x = 1;
        for (int i = 0; i < a.length; i++) {
            x += a[i];
            x *= 2;
        }
        return x;
    }
}
