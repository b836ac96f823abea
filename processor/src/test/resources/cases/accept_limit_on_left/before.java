import io.jpar.Parallel;
import io.jpar.Schedule;
import io.jpar.Target;

public class LimitLeft {
    @Parallel
    static void fill(int[] a) {
        for (int i = 0; a.length > i; ++i) {
            a[i] = i;
        }
    }
}
