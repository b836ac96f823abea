import io.jpar.Parallel;

/**
 * A radix-2 FFT as numeric Java writes it: the stage loop doubles len, each stage's butterflies run in parallel
 * over blocks i += len, with half = len >> 1 declared in the stage (the affine test relates the two).
 */
public class Fft {
    @Parallel
    static void transform(double[] re, double[] im) {
        int n = re.length;
        for (int i = 1, j = 0; i < n; i++) {
            int bit = n >> 1;
            for (; (j & bit) != 0; bit >>= 1) {
                j ^= bit;
            }
            j ^= bit;
            if (i < j) {
                double t = re[i];
                re[i] = re[j];
                re[j] = t;
                t = im[i];
                im[i] = im[j];
                im[j] = t;
            }
        }
        for (int len = 2; len <= n; len <<= 1) {
            int half = len >> 1;
            double angle = -2 * Math.PI / len;
            for (@Parallel int i = 0; i < n; i += len) {
                for (int k = 0; k < half; k++) {
                    double wr = Math.cos(angle * k);
                    double wi = Math.sin(angle * k);
                    double vr = re[i + k + half] * wr - im[i + k + half] * wi;
                    double vi = re[i + k + half] * wi + im[i + k + half] * wr;
                    re[i + k + half] = re[i + k] - vr;
                    im[i + k + half] = im[i + k] - vi;
                    re[i + k] += vr;
                    im[i + k] += vi;
                }
            }
        }
    }
}
