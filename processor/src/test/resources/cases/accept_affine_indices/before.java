import io.jpar.Parallel;

class Affine {
    static final int B = 8;

    @Parallel
    static void lanes(int n, double[] a, double[] x) {
        for (int i = 0; i < n; i++) {
            a[2 * i] = x[i];
            a[2 * i + 1] = a[2 * i] * 2;
        }
    }

    @Parallel
    static void blocks(byte[] data, int blocks) {
        for (int b = 0; b < blocks; b++) {
            int base = B * b;
            for (int c = 0; c < B; c++) {
                data[base + c] ^= (byte) c;
            }
            data[base] = data[base + B - 1];
        }
    }

    @Parallel
    static void butterflies(double[] re, int half) {
        for (int i = 0; i < re.length; i += 2 * half) {
            for (int k = 0; k < half; k++) {
                double u = re[i + k];
                double v = re[i + k + half];
                re[i + k] = u + v;
                re[i + k + half] = u - v;
            }
        }
    }
}
