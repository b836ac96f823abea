import io.jpar.Parallel;
import java.util.SplittableRandom;

/**
 * Numeric kernels as C-style Java writes them (every local declared at the top, inner indices too): sparse
 * matrix-vector product, Fourier coefficients, Monte Carlo pricing with a generator per path, a ray caster with
 * the iteration's own vectors, XTEA over 8-byte blocks.
 */
public class CStyleKernels {
    /** price() sums its paths in per-thread partials: a floating-point reduction, reassociated. */
    static final double TOLERANCE = 1e-12;

    @Parallel
    static void spmv(int n, int[] rowPtr, int[] col, double[] val, double[] x, double[] y) {
        int r, k;
        double s;
        for (r = 0; r < n; r++) {
            s = 0.0;
            for (k = rowPtr[r]; k < rowPtr[r + 1]; k++) {
                s += val[k] * x[col[k]];
            }
            y[r] = s;
        }
    }

    @Parallel
    static void fourier(double[] f, double[] an, double[] bn) {
        int n = f.length;
        int k, j;
        double a, b, t;
        for (k = 0; k < an.length; k++) {
            a = 0;
            b = 0;
            for (j = 0; j < n; j++) {
                t = 2 * Math.PI * k * j / n;
                a += f[j] * Math.cos(t);
                b += f[j] * Math.sin(t);
            }
            an[k] = 2 * a / n;
            bn[k] = 2 * b / n;
        }
    }

    @Parallel
    static double price(int paths, int steps, double s0, double vol, long seed) {
        double sum = 0;
        double s;
        int p, t;
        SplittableRandom rng;
        for (p = 0; p < paths; p++) {
            rng = new SplittableRandom(seed + p);
            s = s0;
            for (t = 0; t < steps; t++) {
                s *= Math.exp(vol * (rng.nextDouble() - 0.5));
            }
            sum += Math.max(s - s0, 0);
        }
        return sum / paths;
    }

    static final class Vec {
        double x, y, z;
        Vec(double x, double y, double z) { this.x = x; this.y = y; this.z = z; }
        Vec sub(Vec o) { return new Vec(x - o.x, y - o.y, z - o.z); }
        double dot(Vec o) { return x * o.x + y * o.y + z * o.z; }
        Vec norm() { double l = Math.sqrt(dot(this)); x /= l; y /= l; z /= l; return this; }
    }

    @Parallel
    static int[] trace(int w, int h, Vec eye, Vec center, double radius) {
        int[] img = new int[w * h];
        int px, py;
        Vec dir, oc;
        double b, c, disc;
        for (py = 0; py < h; py++) {
            for (px = 0; px < w; px++) {
                dir = new Vec(px - w / 2.0, py - h / 2.0, 500).norm();
                oc = eye.sub(center);
                b = oc.dot(dir);
                c = oc.dot(oc) - radius * radius;
                disc = b * b - c;
                img[py * w + px] = disc > 0 ? 255 : 0;
            }
        }
        return img;
    }

    /** 8-byte blocks, C style. */
    @Parallel
    static void xtea(int[] v, int[] key, int blocks) {
        int b, round, v0, v1, sum;
        for (b = 0; b < blocks; b++) {
            v0 = v[2 * b];
            v1 = v[2 * b + 1];
            sum = 0;
            for (round = 0; round < 32; round++) {
                v0 += (((v1 << 4) ^ (v1 >>> 5)) + v1) ^ (sum + key[sum & 3]);
                sum += 0x9E3779B9;
                v1 += (((v0 << 4) ^ (v0 >>> 5)) + v0) ^ (sum + key[(sum >>> 11) & 3]);
            }
            v[2 * b] = v0;
            v[2 * b + 1] = v1;
        }
    }

    public static Object result() {
        int n = 3000;
        int[] rowPtr = new int[n + 1];
        int[] col = new int[5 * n];
        double[] val = new double[5 * n];
        for (int r = 0; r < n; r++) {
            rowPtr[r + 1] = rowPtr[r] + 1 + r % 5;
            for (int k = rowPtr[r]; k < rowPtr[r + 1]; k++) {
                col[k] = (r * 7 + k * 13) % n;
                val[k] = Math.sin(k);
            }
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i % 11 - 5;
        }
        double[] y = new double[n];
        spmv(n, rowPtr, col, val, x, y);
        double[] f = new double[512];
        for (int i = 0; i < f.length; i++) {
            f[i] = Math.abs(i - 256) / 256.0;
        }
        double[] an = new double[64];
        double[] bn = new double[64];
        fourier(f, an, bn);
        double price = price(4000, 50, 100, 0.05, 42);
        int[] img = trace(160, 120, new Vec(0, 0, -5), new Vec(0, 0, 20), 8);
        int[] v = new int[2 * 2000];
        for (int i = 0; i < v.length; i++) {
            v[i] = i * 2654435761L > 0 ? i * 31 : -i;
        }
        xtea(v, new int[] {1, 2, 3, 4}, 2000);
        return new Object[] {y, an, bn, price, img, v};
    }
}
