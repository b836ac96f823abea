import io.jpar.Parallel;

public class Broken {
    @Parallel
    static void oops(int[] a) {
        for (int i = 0; i < a.length; i++) {
            a[i] = ;
        }
    }
}
