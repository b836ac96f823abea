import io.jpar.Parallel;
import io.jpar.Schedule;
import io.jpar.Target;

public class Unsafe {
    static int seen;

    @Parallel
    static void visit(int[] a) {
        for (int i = 0; i < a.length; i++) {
            a[i] = note(i);
        }
    }

    static int note(int i) {
        seen = i;
        return i;
    }

    @Parallel
    static void clear(int[] a, int[] b) {
        for (int i = 0; i < a.length; i++) {
            java.util.Arrays.fill(b, i);
            a[i] = i;
        }
    }
}
