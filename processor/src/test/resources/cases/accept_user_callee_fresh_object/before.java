import io.jpar.Parallel;
import io.jpar.Schedule;
import io.jpar.Target;

public class Callee {
    static final class Acc {
        int n;

        void add(int k) {
            n += k;
        }
    }

    @Parallel
    static void each(int[] out) {
        for (int i = 0; i < out.length; i++) {
            Acc acc = new Acc();
            acc.add(i);
            acc.add(twice(i));
            out[i] = acc.n;
        }
    }

    static int twice(int k) {
        return k <= 0 ? 0 : 2 + twice(k - 1);
    }
}
