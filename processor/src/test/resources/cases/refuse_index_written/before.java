import io.jpar.Parallel;

public class IndexWrite {
    @Parallel
    static void skip(int[] a) {
        for (int i = 0; i < a.length; i++) {
            a[i] = 0;
            i += 1;
        }
    }
}
