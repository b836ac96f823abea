import io.jpar.Parallel;

public class Limit {
    @Parallel
    static void grow(int[] a) {
        int n = 10;
        for (int i = 0; i < n; i++) {
            a[i] = i;
            n = n - 1;
        }
    }
}
