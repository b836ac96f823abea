import io.jpar.Parallel;
import io.jpar.Schedule;
import io.jpar.Target;

public class Limit {
    @Parallel
    static void grow(int[] a) {
        int n = 10;
        for (int i = 0; i < n; i++) {
            a[i] = i;
            n = n - 1;
        }
    }
}
