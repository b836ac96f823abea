import io.jpar.Parallel;
import io.jpar.Target;

public class Totals {
    static long total;
    static double mass;

    @Parallel(target = Target.CLUSTER)
    static void onRanks(int[] a) {
        for (int i = 0; i < a.length; i++) {
            total += a[i];
        }
    }

    @Parallel(target = Target.GPU)
    static void onDevice(double[] m) {
        for (int i = 0; i < m.length; i++) {
            mass += m[i];
        }
    }
}
