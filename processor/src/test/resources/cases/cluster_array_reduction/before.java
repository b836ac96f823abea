import io.jpar.Parallel;
import io.jpar.Target;

public class Histogram {
    @Parallel(target = Target.CLUSTER)
    static long[] histogram(int[] data, int bins) {
        long[] h = new long[bins];
        for (int i = 0; i < data.length; i++) {
            h[Math.floorMod(data[i], bins)]++;
        }
        return h;
    }
}
