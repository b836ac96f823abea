import io.jpar.Parallel;

public class Down {
    @Parallel
    static void reverse(int[] a, int[] b) {
        for (int i = a.length - 1; i >= 0; i--) {
            a[i] = b[i] + 1;
        }
    }
}
