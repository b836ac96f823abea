import io.jpar.Parallel;

public class Wide {
    @Parallel
    static void fill(int[] a, long n) {
        for (int i = 0; i < n; i++) {
            a[i] = 1;
        }
    }
}
