import io.jpar.Parallel;

public class Counters {

    // counted only on some iterations: k has no closed form
    @Parallel
    static int evens(int[] a, int[] out) {
        int k = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] % 2 == 0) {
                out[k++] = a[i];
            }
        }
        return k;
    }

    // the element before the counter is another iteration's
    @Parallel
    static void smooth(double[] row, int h, int w) {
        int k = 1;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                row[k] = row[k - 1] * 0.5;
                k++;
            }
        }
    }

    // a triangular nest: the count of the rows before y is no product
    @Parallel
    static void lower(double[] packed, int n) {
        int k = 0;
        for (int y = 0; y < n; y++) {
            for (int x = 0; x <= y; x++) {
                packed[k++] = y + x;
            }
        }
    }

    // counted before its use: the element is the next iteration's
    @Parallel
    static void shifted(int[] out, int n) {
        int k = 0;
        for (int i = 0; i < n; i++) {
            k++;
            out[k] = i;
        }
    }
}
