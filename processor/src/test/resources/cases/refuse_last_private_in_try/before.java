import io.jpar.Parallel;

public class LastInTry {
    @Parallel
    static int scaled(int[] a, int[] d) {
        int q = 0;
        try {
            for (int i = 0; i < a.length; i++) {
                q = a[i] / d[i];
                a[i] = q;
            }
        } catch (ArithmeticException e) {
            return -q;
        }
        return q;
    }
}
