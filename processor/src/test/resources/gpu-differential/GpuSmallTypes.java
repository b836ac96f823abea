import io.jpar.Parallel;
import io.jpar.Target;

public class GpuSmallTypes {
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

    public static Object result() {
        int n = 300;
        char[] c = new char[n];
        byte[] b = new byte[n];
        short[] s = new short[n];
        boolean[] z = new boolean[n];
        float[] f = new float[n];
        for (int i = 0; i < n; i++) {
            c[i] = (char) (i == 0 ? 65535 : i * 250);
            b[i] = (byte) (i * 7);
            s[i] = (short) (i * 300);
            z[i] = i % 3 == 0;
            f[i] = i / 3f;
        }
        int[] out = new int[n];
        convert(c, b, s, z, f, out);
        return new Object[] {c, b, s, z, f, out};
    }
}
