import io.jpar.Parallel;

public class Image {

    // row[k++] over a rectangular nest: k is y * w + x, found by jpar and started per iteration
    @Parallel
    static float[] flatten(float[][] img, int h, int w) {
        float[] row = new float[h * w];
        int k = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                row[k++] = img[y][x] * 0.5f;
            }
        }
        return row;
    }

    // a counter read and then counted, from an offset, and by twos; read after the loop
    @Parallel
    static int pack(double[] out, int n, int m) {
        int k = 4;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                out[k] = i - j + k;
                k += 2;
            }
        }
        return k;
    }
}
