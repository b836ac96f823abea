import io.jpar.Parallel;
import io.jpar.Schedule;
import io.jpar.Target;

public class Outside {
    @Parallel
    static void fill(int[] a) {
        int i;
        for (i = 0; i < a.length; i++) {
            a[i] = 1;
        }
    }
}
