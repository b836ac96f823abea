import io.jpar.Parallel;
import io.jpar.Target;

public class ClusterLast {
    @Parallel(target = Target.CLUSTER)
    static double scale(double[] a, double[] out) {
        double t = 0;
        for (int i = 0; i < a.length; i++) {
            t = a[i] * 3;
            out[i] = t + 1;
        }
        return t;
    }

    @Parallel(target = Target.CLUSTER)
    static void square(double[] a, double[] out) {
        double t;
        for (int i = 0; i < a.length; i++) {
            t = a[i] * a[i];
            out[i] = t;
        }
    }
}
