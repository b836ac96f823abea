import io.jpar.Parallel;

public class LimitLeft {
    @Parallel
    static void fill(int[] a) {
        for (int i = 0; a.length > i; ++i) {
            a[i] = i;
        }
    }
}
