import io.jpar.Parallel;
import io.jpar.Target;

public class Types {
    @Parallel(target = Target.GPU)
    static void fill(double[][][] cube, Integer[] boxed, double[][] m, double[] out) {
        for (int i = 0; i < out.length; i++) {
            out[i] = cube[i][0][0];
            out[i] += boxed[i];
            double[] row = m[i];
            if (i > 0) row = m[i - 1];
            out[i] += row[0];
        }
    }
}
