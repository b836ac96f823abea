import io.jpar.Parallel;

/** C-style counters of the iterations of a rectangular nest: row[k++] = ..., k read after the loop. */
public class DerivedInductions {

    // a flat image from a 2-D nest, the counter returned after it
    @Parallel
    static Object[] image(int h, int w) {
        double[] pix = new double[h * w];
        int k = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                pix[k++] = Math.sin(y * 0.25) * x;
            }
        }
        return new Object[] {pix, k};
    }

    // a counter from 3 by 1, read before its increment in two arrays and for a value
    @Parallel
    static Object[] pairs(int n, int m) {
        double[] re = new double[3 + n * m];
        double[] im = new double[3 + n * m];
        long[] tag = new long[3 + n * m];
        int k = 3;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                re[k] = Math.cos(i + j);
                im[k] = Math.sin(i - j);
                tag[k] = k * 7L + i;
                k++;
            }
        }
        return new Object[] {re, im, tag, k};
    }

    // one loop, no nest: the counter is the iteration number plus its start
    @Parallel
    static int[] squares(int n, int from) {
        int[] out = new int[from + n];
        int k = from;
        for (int i = 0; i < n; i++) {
            out[k++] = i * i;
        }
        return out;
    }

    // a row and a sentinel after it; an outer loop from 1 by 2; an inner loop from 2 up to and with w
    @Parallel
    static Object[] rows(int h, int w) {
        int[] cells = new int[h * (w + 1) + 1];
        int k = 0;
        for (int y = 1; y < h; y += 2) {
            for (int x = 2; x <= w; x++) {
                cells[k++] = y * 1000 + x;
            }
            cells[k++] = -y;
        }
        return new Object[] {cells, k};
    }

    // three levels: pixels of three channels; a long counter, by twos
    @Parallel
    static Object[] channels(int h, int w) {
        float[] rgb = new float[h * w * 3];
        long k = 1;
        int c = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                for (int ch = 0; ch < 3; ch++) {
                    rgb[c++] = (y + x * 3 + ch) / 7.0f;
                }
                k += 2;
            }
        }
        return new Object[] {rgb, k, c};
    }

    public static Object result() {
        return new Object[] {image(40, 33), pairs(30, 17), squares(5000, 9), rows(25, 12), channels(20, 9)};
    }
}
