import io.jpar.Parallel;
import io.jpar.Target;

public class Allocation {
    @Parallel(target = Target.GPU)
    static void smooth(double[] a, double[] out) {
        for (int i = 0; i < a.length; i++) {
            double[] window = new double[3];
            int[] fixed = {1, 2};
            out[i] = a[i] + fixed[0] + window[0];
        }
    }
}
