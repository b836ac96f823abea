import io.jpar.Parallel;
import io.jpar.Schedule;
import io.jpar.Target;

public class ForEach {
    @Parallel
    static long sum(int[] a) {
        long s = 0;
        for (int x : a) {
            s += x;
        }
        return s;
    }
}
