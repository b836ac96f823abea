import io.jpar.Parallel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes that no single index form covers but the affine dependence test proves apart: strided lanes, a stepped
 * loop writing the elements between its steps, constant rows, 8-byte blocks of an inner loop (as a cipher has
 * them), FFT butterflies under a symbolic step, and reads of a written array at lanes no other iteration writes.
 */
public class AffineIndices {
    static final int BLOCK = 8;

    @Parallel
    static void lanes(int n, double[] a, double[] x) {
        for (int i = 0; i < n; i++) {
            a[3 * i] = x[i];
            a[3 * i + 1] = x[i] * 2;
            a[3 * i + 2] = a[3 * i] + a[3 * i + 1];
        }
    }

    @Parallel
    static void stepped(int[] a) {
        int m = a.length - 7;
        for (int i = 0; i < m; i += 8) {
            a[i] = i;
            a[i + 7] = i + 7;
            a[i + 3] = a[i] + a[i + 7];
        }
    }

    @Parallel
    static void rows(double[][] t, double[] x) {
        for (int i = 0; i < x.length; i++) {
            t[0][i] = x[i];
            t[1][i] = -x[i] * t[0][i];
        }
    }

    /** An XOR "cipher" over 8-byte blocks, with the key schedule's index in a local of the method. */
    @Parallel
    static void cipher(byte[] data, byte[] key) {
        int blocks = data.length / BLOCK;
        for (int b = 0; b < blocks; b++) {
            int base = BLOCK * b;
            for (int c = 0; c < BLOCK; c++) {
                data[base + c] = (byte) (data[base + c] ^ key[c] ^ b);
            }
            byte t = data[base];
            data[base] = data[base + 7];
            data[base + 7] = t;
        }
    }

    @Parallel
    static void blockRange(int[] a, int blocks) {
        for (int b = 0; b < blocks; b++) {
            for (int j = b * 4; j < b * 4 + 4; j++) {
                a[j] = a[j] * 3 + b;
            }
        }
    }

    /** One stage of a radix-2 FFT's butterflies (real parts only): blocks of 2 * half, pairs half apart. */
    @Parallel
    static void butterflies(double[] re, int half) {
        for (int i = 0; i < re.length; i += 2 * half) {
            for (int k = 0; k < half; k++) {
                double u = re[i + k];
                double v = re[i + k + half] * Math.cos(k);
                re[i + k] = u + v;
                re[i + k + half] = u - v;
            }
        }
    }

    /** Even lanes are written from the odd ones, which no iteration writes. */
    @Parallel
    static void evenFromOdd(long[] a) {
        for (int i = 0; i < a.length / 2; i++) {
            a[2 * i] = a[2 * i + 1] * 5 + i;
        }
    }

    /** The same lanes going down, and the index read after the loop. */
    @Parallel
    static int down(int[] a) {
        int i;
        for (i = a.length / 2 - 1; i >= 0; i--) {
            a[2 * i + 1] = i;
            a[2 * i] = -i;
        }
        return i;
    }

    /** Lane updates that once were taken for an array reduction (a copy per block). */
    @Parallel
    static void pairs(int[] h, int[] v) {
        for (int i = 0; i < v.length; i++) {
            h[2 * i] += v[i];
            h[2 * i + 1] -= v[i];
        }
    }

    public static Object result() {
        List<Object> out = new ArrayList<>();
        int n = 30_000;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = Math.sin(i) * 10;
        }
        double[] a = new double[3 * n];
        lanes(n, a, x);
        out.add(a);
        int[] s = new int[8 * 4001 + 5];
        stepped(s);
        out.add(s);
        double[][] t = new double[2][n];
        rows(t, x);
        out.add(t);
        byte[] data = new byte[8 * 5000 + 3];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 31);
        }
        cipher(data, new byte[] {3, 1, 4, 1, 5, 9, 2, 6});
        out.add(data);
        int[] r = new int[4 * 7000];
        Arrays.fill(r, 2);
        blockRange(r, 7000);
        out.add(r);
        double[] re = new double[1 << 14];
        for (int i = 0; i < re.length; i++) {
            re[i] = (i % 7) - 3;
        }
        for (int half = 1; half < re.length; half *= 2) {
            butterflies(re, half);
        }
        out.add(re);
        long[] e = new long[2 * 20_000 + 1];
        for (int i = 0; i < e.length; i++) {
            e[i] = i;
        }
        evenFromOdd(e);
        out.add(e);
        int[] d = new int[40_000];
        out.add(down(d));
        out.add(d);
        int[] h = new int[2 * 25_000];
        int[] v = new int[25_000];
        for (int i = 0; i < v.length; i++) {
            v[i] = i * 7 % 13;
        }
        pairs(h, v);
        out.add(h);
        return out.stream().map(o -> o instanceof Object[] ? Arrays.deepToString((Object[]) o)
                : o instanceof double[] z ? Arrays.toString(z) : o instanceof int[] z ? Arrays.toString(z)
                : o instanceof long[] z ? Arrays.toString(z) : o instanceof byte[] z ? Arrays.toString(z)
                : String.valueOf(o)).map(String::hashCode).toList() + " " + Arrays.toString(Arrays.copyOf(re, 8));
    }
}
