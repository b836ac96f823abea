package demo;

import io.jpar.Parallel;
import io.jpar.Target;

/** Two GPU loops: one writes an array (saxpy), one reduces (a sum of squares with a static helper). */
public class Saxpy {

    @Parallel(target = Target.GPU)
    static void saxpy(float a, float[] x, float[] y, float[] out) {
        for (int i = 0; i < out.length; i++) {
            out[i] = a * x[i] + y[i];
        }
    }

    @Parallel(target = Target.GPU)
    static long sumOfSquares(int[] values) {
        long sum = 0;
        for (int i = 0; i < values.length; i++) {
            sum += square(values[i]);
        }
        return sum;
    }

    static long square(int v) {
        return (long) v * v;
    }
}
