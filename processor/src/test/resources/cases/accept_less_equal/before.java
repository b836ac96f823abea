import io.jpar.Parallel;

public class LessEqual {
    @Parallel
    static void squares(long[] out, int n) {
        for (int i = 0; i <= n; i++) {
            out[i] = (long) i * i;
        }
    }
}
