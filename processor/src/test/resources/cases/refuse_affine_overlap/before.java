import io.jpar.Parallel;

class Overlap {
    static final int B = 8;

    @Parallel
    static void neighbours(int n, int[] a) {
        for (int i = 0; i < n; i += 2) {
            a[i] = 1;
            a[i + 2] = 2;
        }
    }

    @Parallel
    static void blockTooWide(byte[] data, int blocks) {
        for (int b = 0; b < blocks; b++) {
            for (int c = 0; c <= B; c++) {
                data[B * b + c] = 1;
            }
        }
    }

    @Parallel
    static void readsNextLane(long[] a, int n) {
        for (int i = 0; i < n; i++) {
            a[2 * i] = a[2 * i + 2] + 1;
        }
    }

    @Parallel
    static void halfUnknown(double[] re, int half, int len) {
        for (int i = 0; i < re.length; i += len) {
            for (int k = 0; k < half; k++) {
                re[i + k + half] = re[i + k];
            }
        }
    }
}
