import io.jpar.Parallel;
import io.jpar.Target;

public class Cipher {
    static final int BLOCK = 8;

    /** 8-byte blocks: each iteration owns data[8 * b + c] for 0 <= c < 8, which is what moves between ranks. */
    @Parallel(target = Target.CLUSTER)
    static void encrypt(byte[] data, byte[] key) {
        int blocks = data.length / BLOCK;
        for (int b = 0; b < blocks; b++) {
            for (int c = 0; c < BLOCK; c++) {
                data[BLOCK * b + c] = (byte) (data[BLOCK * b + c] ^ key[c] ^ b);
            }
        }
    }

    /** Created just before the loop: every rank starts from the same zeros, so the lanes are only gathered. */
    @Parallel(target = Target.CLUSTER)
    static double[] interleave(double[] re, double[] im) {
        double[] out = new double[2 * re.length];
        for (int i = 0; i < re.length; i++) {
            out[2 * i] = re[i];
            out[2 * i + 1] = im[i];
        }
        return out;
    }
}
