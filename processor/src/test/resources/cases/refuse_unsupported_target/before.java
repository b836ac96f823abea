import io.jpar.Parallel;
import io.jpar.Target;

public class Targets {
    @Parallel(target = Target.CLUSTER)
    static void cluster(int[] a) {
        for (int i = 0; i < a.length; i++) {
            a[i] = i;
        }
    }

    @Parallel(target = Target.GPU)
    static void gpu(int[] a) {
        for (int i = 0; i < a.length; i++) {
            a[i] = i;
        }
    }
}
