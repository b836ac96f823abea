import io.jpar.Parallel;

public class LastPositive {
    @Parallel
    static int lastPositive(int[] a, int[] b) {
        int last = -1;
        for (int i = 0; i < a.length; i++) {
            if (a[i] > 0) {
                last = a[i];
            }
            b[i] = a[i] * 2;
        }
        return last;
    }
}
