import io.jpar.Parallel;
import io.jpar.Schedule;
import io.jpar.Target;

public class Broken {
    @Parallel
    static void oops(int[] a) {
        for (int i = 0; i < a.length; i++) {
            a[i] = ;
        }
    }
}
