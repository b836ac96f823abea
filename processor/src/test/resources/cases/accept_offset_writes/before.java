import io.jpar.Parallel;
import io.jpar.Schedule;
import io.jpar.Target;

public class Offsets {
    @Parallel
    static void shift(double[] a, double[] b, int c) {
        for (int i = 0; i < b.length - 1; i++) {
            a[i + 1] = b[i] * 2;
            a[1 + i] += b[i + c];
        }
    }
}
