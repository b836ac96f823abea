import io.jpar.Parallel;

public class ArrayReductions {
    @Parallel
    static Object[] histograms(int[] data, int bins) {
        int[] count = new int[bins];
        long[] weight = new long[bins];
        int[] product = new int[bins];
        java.util.Arrays.fill(product, 1);
        int[] bits = new int[bins];
        for (int i = 0; i < data.length; i++) {
            int k = Math.floorMod(data[i], bins);
            count[k]++;
            weight[data[i] % bins] += data[i];
            weight[(data[i] + 1) % bins] -= 1;
            product[k] *= (data[i] & 1) + 2;
            bits[k] ^= data[i];
        }
        return new Object[] {count, weight, product, bits};
    }

    public static Object result() {
        int[] data = new int[300_000];
        java.util.SplittableRandom r = new java.util.SplittableRandom(7);
        for (int i = 0; i < data.length; i++) {
            data[i] = r.nextInt(1 << 20);
        }
        return histograms(data, 97);
    }
}
