import io.jpar.Parallel;

public class IndexElsewhere {
    @Parallel
    static void fromParameter(int[] a, int i) {
        for (i = 0; i < a.length; i++) {
            a[i] = 1;
        }
    }

    @Parallel
    static int inTry(int[] a, int[] d) {
        int i = -1;
        try {
            for (i = 0; i < a.length; i++) {
                a[i] = 100 / d[i];
            }
        } catch (ArithmeticException e) {
            return i;
        }
        return i;
    }
}
