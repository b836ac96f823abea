import io.jpar.Parallel;
import io.jpar.Target;

public class Calls {
    double weight(double x) {
        return x * 2;
    }

    @Parallel(target = Target.GPU)
    void apply(double[] a, int[] bits) {
        for (int i = 0; i < a.length; i++) {
            a[i] = a[i] + Math.nextAfter(a[i], 1.0);
            bits[i] = Integer.bitCount(bits[i]);
            a[i] += weight(a[i]);
            a[i] += Math.floorMod(i, 3);
        }
    }
}
