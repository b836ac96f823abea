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
            final class JparLoop1 extends io.jpar.runtime.cpu.IntChunk<JparLoop1> { protected void run(int from$, int to$) throws Exception { for (int i = from$; i < to$; i += len) {
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
            } } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("Fft.java:29", "Fft.transform", io.jpar.Schedule.AUTO, 0, 0, io.jpar.runtime.Relation.LT).arrays(new String[] {"re", "im"}, new String[] {}); final int len; JparLoop1(int len) { this.len = len; } } io.jpar.runtime.cpu.CpuLoops.forInt(JparLoop1.SITE, 0, n, len, new JparLoop1(len), new java.lang.Object[] {re, im}, new java.lang.Object[] {});
        }
    }
} // rewritten by jpar from Fft.java; see jpar:explain
