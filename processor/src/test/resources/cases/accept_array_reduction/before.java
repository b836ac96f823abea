import io.jpar.Parallel;

public class Histogram {
    @Parallel
    static int[] histogram(int[] data, int bins) {
        int[] h = new int[bins];
        double[] weight = new double[bins];
        for (int i = 0; i < data.length; i++) {
            int k = Math.floorMod(data[i], bins);
            h[k]++;
            weight[k] += data[i] * 0.5;
        }
        return h;
    }
}
