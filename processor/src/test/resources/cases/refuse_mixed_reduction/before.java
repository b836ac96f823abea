import io.jpar.Parallel;
import io.jpar.Schedule;
import io.jpar.Target;

public class Mixed {
    @Parallel
    static long both(int[] a) {
        long x = 1;
        for (int i = 0; i < a.length; i++) {
            x += a[i];
            x *= 2;
        }
        return x;
    }
}
