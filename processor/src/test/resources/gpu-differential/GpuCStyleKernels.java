import io.jpar.Parallel;
import io.jpar.Target;

/**
 * C-style numeric kernels as OpenCL kernels: private scalars and inner indices declared at the top are kernel
 * locals (CSR SpMV, Fourier coefficients, XTEA over 8-byte blocks).
 */
public class GpuCStyleKernels {
    /** OpenCL's cos and sin keep to their ulp limits, not Java's. */
    static final double TOLERANCE = 1e-12;

    @Parallel(target = Target.GPU)
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

    @Parallel(target = Target.GPU)
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

    /** 8-byte blocks, C style. */
    @Parallel(target = Target.GPU)
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
        int[] v = new int[2 * 2000];
        for (int i = 0; i < v.length; i++) {
            v[i] = i * 2654435761L > 0 ? i * 31 : -i;
        }
        xtea(v, new int[] {1, 2, 3, 4}, 2000);
        return new Object[] {y, an, bn, v};
    }
}
