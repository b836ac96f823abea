import io.jpar.Parallel;
import io.jpar.Target;

public class Writes {
    @Parallel(target = Target.CLUSTER)
    static void update(double[] a, double[] positive, double[] squares, double[] shifted, double[] mirrored, int off, int n) {
        for (int i = 0; i < n; i++) {
            if (a[i] > 0) {
                positive[i] = a[i];
            }
            squares[i] = a[i] * a[i];
            shifted[i + off] = a[i] + 1;
            mirrored[n - 1 - i] = a[i] - 1;
        }
    }

    @Parallel(target = Target.CLUSTER)
    static void scale(double[] x, double factor) {
        for (int i = 0; i < x.length; i++) {
            x[i] *= factor;
        }
    }
}
