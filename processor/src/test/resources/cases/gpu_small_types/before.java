import io.jpar.Parallel;
import io.jpar.Target;

public class SmallTypes {
    /** char is unsigned, byte and short wrap when narrowed, boolean is a byte in buffers. */
    @Parallel(target = Target.GPU)
    static void convert(char[] c, byte[] b, short[] s, boolean[] z, float[] f, int[] out) {
        for (int i = 0; i < c.length; i++) {
            char ch = c[i];
            ch += 1;
            c[i] = ch;
            b[i] = (byte) (b[i] * 3);
            s[i] += (short) 1000;
            s[i] >>= 1;
            z[i] = !z[i] || ch == 'A';
            f[i] = f[i] * 0.5f + ch;
            out[i] = ch + b[i] + s[i] + (z[i] ? 1 : 0);
        }
    }
}
