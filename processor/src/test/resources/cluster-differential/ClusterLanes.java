import io.jpar.Parallel;
import io.jpar.Target;

/**
 * Writes the affine test proves apart, moved by lanes: each rank gets and returns only the elements (rows) its
 * iterations own, gaps between lanes included, as they were.
 */
public class ClusterLanes {
    static final int BLOCK = 8;

    @Parallel(target = Target.CLUSTER)
    static void lanes(int n, double[] a, double[] x) {
        for (int i = 0; i < n; i++) {
            a[3 * i] = x[i];
            a[3 * i + 1] = x[i] * 2;
            a[3 * i + 2] = a[3 * i] + a[3 * i + 1];
        }
    }

    /** Lanes from a symbolic offset, with a gap: a[4 * i + off + 1] is never written and must come back as it was. */
    @Parallel(target = Target.CLUSTER)
    static void gaps(int n, int off, long[] a) {
        for (int i = 0; i < n; i++) {
            a[4 * i + off] = i;
            if (i % 3 == 0) {
                a[4 * i + off + 2] = -a[4 * i + off + 3];
            }
        }
    }

    @Parallel(target = Target.CLUSTER)
    static void stepped(int[] a) {
        int m = a.length - 7;
        for (int i = 0; i < m; i += 8) {
            a[i] = i;
            a[i + 7] = i + 7;
            a[i + 3] = a[i] + a[i + 7];
        }
    }

    /** An XOR "cipher" over 8-byte blocks. */
    @Parallel(target = Target.CLUSTER)
    static void cipher(byte[] data, byte[] key) {
        int blocks = data.length / BLOCK;
        for (int b = 0; b < blocks; b++) {
            int base = BLOCK * b;
            for (int c = 0; c < BLOCK; c++) {
                data[base + c] = (byte) (data[base + c] ^ key[c] ^ b);
            }
        }
    }

    @Parallel(target = Target.CLUSTER)
    static void blockRange(int[] a, int blocks) {
        for (int b = 0; b < blocks; b++) {
            for (int j = b * 4; j < b * 4 + 4; j++) {
                a[j] = a[j] * 3 + b;
            }
        }
    }

    /** Pairs of rows, down the index. */
    @Parallel(target = Target.CLUSTER)
    static void rowPairs(double[][] g) {
        for (int i = g.length / 2 - 1; i >= 0; i--) {
            for (int j = 0; j < g[2 * i].length; j++) {
                g[2 * i][j] = g[2 * i + 1][j] * i;
                g[2 * i + 1][j] += 1;
            }
        }
    }

    /** Created just before the loop: gathered without a scatter. */
    @Parallel(target = Target.CLUSTER)
    static float[] interleave(float[] re, float[] im) {
        float[] out = new float[2 * re.length];
        for (int i = 0; i < re.length; i++) {
            out[2 * i] = re[i];
            out[2 * i + 1] = im[i];
        }
        return out;
    }

    public static Object result() {
        double[] x = new double[1001];
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.sin(i);
        }
        double[] a = new double[3 * x.length];
        lanes(x.length, a, x);
        long[] g = new long[4 * 500 + 5];
        for (int i = 0; i < g.length; i++) {
            g[i] = 1000 + i;
        }
        gaps(500, 2, g);
        int[] s = new int[8 * 97 + 3];
        stepped(s);
        byte[] data = new byte[8 * 333];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 7);
        }
        cipher(data, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        int[] br = new int[4 * 250];
        for (int i = 0; i < br.length; i++) {
            br[i] = i;
        }
        blockRange(br, 250);
        double[][] rows = new double[2 * 41][7];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < 7; j++) {
                rows[i][j] = i - j;
            }
        }
        rowPairs(rows);
        float[] re = new float[777];
        float[] im = new float[777];
        for (int i = 0; i < re.length; i++) {
            re[i] = i;
            im[i] = -i;
        }
        return new Object[] {a, g, s, data, br, rows, interleave(re, im)};
    }
}
