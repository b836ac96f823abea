import io.jpar.Parallel;

public class Partly {
    @Parallel
    static int work(int[] a) {
        int last = 0;
        for (int i = 1; i < a.length; i++) {
            a[i] = a[i - 1] + 1;
        }
        for (int i = 0; i < a.length; i++) {
            a[i] = a[i] * 2;
        }
        return last;
    }
}
