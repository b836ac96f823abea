import io.jpar.Parallel;
import io.jpar.Schedule;
import io.jpar.Target;

public class Down {
    @Parallel
    static void reverse(int[] a, int[] b) {
        for (int i = a.length - 1; i >= 0; i--) {
            a[i] = b[i] + 1;
        }
    }
}
