import io.jpar.Parallel;

public class Outside {
    @Parallel
    static void fill(int[] a) {
        int i;
        for (i = 0; i < a.length; i++) {
            a[i] = 1;
        }
    }
}
