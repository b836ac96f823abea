import io.jpar.Parallel;
import io.jpar.Target;

public class ClusterHistogram {
    @Parallel(target = Target.CLUSTER)
    static long[] histogram(int[] data, int bins, double[] weight) {
        long[] h = new long[bins];
        for (int i = 0; i < data.length; i++) {
            int k = Math.floorMod(data[i], bins);
            h[k]++;
            weight[k] += data[i] * 0.5;
        }
        return h;
    }

    public static Object result() {
        int[] data = new int[5_001];
        for (int i = 0; i < data.length; i++) {
            data[i] = (i * 7919) % 1013 - 300;
        }
        double[] weight = new double[11];
        weight[3] = 100.0;
        long[] h = histogram(data, 11, weight);
        return new Object[] {h, weight};
    }
}
