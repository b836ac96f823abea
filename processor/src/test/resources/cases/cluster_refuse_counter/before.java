import io.jpar.Parallel;
import io.jpar.Target;

public class Counter {

    @Parallel(target = Target.CLUSTER)
    static double[] flatten(double[][] img, int h, int w) {
        double[] row = new double[h * w];
        int k = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                row[k++] = img[y][x];
            }
        }
        return row;
    }

    @Parallel(target = Target.GPU)
    static void ramp(float[] out, int n) {
        int k = 0;
        for (int i = 0; i < n; i++) {
            out[k++] = i * 0.5f;
        }
    }
}
