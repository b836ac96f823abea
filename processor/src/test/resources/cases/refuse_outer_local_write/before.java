import io.jpar.Parallel;
import io.jpar.Schedule;
import io.jpar.Target;

public class OuterWrite {
    @Parallel
    static int last(int[] a) {
        int last = 0;
        for (int i = 0; i < a.length; i++) {
            last = a[i];
        }
        return last;
    }
}
