import io.jpar.Parallel;

public class ReadFirst {
    @Parallel
    static void shift(int[] a, int[] b) {
        int prev = 0;
        for (int i = 0; i < a.length; i++) {
            b[i] = prev;
            prev = a[i];
        }
    }
}
