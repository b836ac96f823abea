import io.jpar.Parallel;
import io.jpar.Target;

public class Histogram {
    @Parallel(target = Target.GPU)
    static int[] histogram(int[] values, int bins) {
        int[] h = new int[bins];
        for (int i = 0; i < values.length; i++) {
            h[values[i] % bins] += 1;
        }
        return h;
    }
}
