import io.jpar.Parallel;
import io.jpar.Target;

public class Exceptions {
    @Parallel(target = Target.GPU)
    static void check(double[] a) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] < 0) {
                throw new IllegalArgumentException("negative");
            }
            try {
                a[i] = Math.sqrt(a[i]);
            } finally {
                a[i] += 1;
            }
            assert a[i] >= 1;
        }
    }
}
