import io.jpar.Parallel;

public class Exceptions {
    @Parallel
    static long failing(int n, int[] out) {
        long sum = 0;
        for (int i = 0; i < n; i++) {
            out[i] = i * 3;
            if (i == 250_000 || i == 77_777) {
                throw new IllegalStateException("bad element " + i);
            }
            sum += out[i];
        }
        return sum;
    }

    public static Object result() {
        return failing(300_000, new int[300_000]);
    }
}
