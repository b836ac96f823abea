import io.jpar.Parallel;

public class NoLoop {
    @Parallel
    static int nothing(int x) {
        return x + 1;
    }

    @Parallel
    static Runnable onlyLambda(int[] a) {
        return () -> {
            for (int i = 0; i < a.length; i++) {
                a[i] = i;
            }
        };
    }
}
