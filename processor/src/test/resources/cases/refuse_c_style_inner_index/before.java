import io.jpar.Parallel;

// inner indices declared at the top: in range only inside their own loop, and only when that loop alone steps them
class Neg {
    @Parallel
    static void after(int[] img, int w, int h) {
        int px, py;
        for (py = 0; py < h; py++) {
            for (px = 0; px < w; px++) {
                img[py * w + px] = 1;
            }
            img[py * w + px] = 2;
        }
    }

    @Parallel
    static void skips(int[] img, int w, int h) {
        int px, py;
        for (py = 0; py < h; py++) {
            for (px = 0; px < w; px++) {
                px++;
                img[py * w + px] = 1;
            }
        }
    }

    @Parallel
    static void blocks(byte[] d, int blocks) {
        int b, c;
        for (b = 0; b < blocks; b++) {
            for (c = 0; c < 8; c++) {
                d[8 * b + c] ^= (byte) b;
            }
            d[8 * b + c - 1] = 0;
        }
    }
}
