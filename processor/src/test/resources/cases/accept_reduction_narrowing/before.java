import io.jpar.Parallel;

public class Narrow {
    @Parallel
    static float narrow(int[] a) {
        byte b = 0;
        short s = 0;
        char c = 'a';
        float f = 0f;
        for (int i = 0; i < a.length; i++) {
            b += a[i];
            s += a[i];
            c += 1;
            f += a[i] * 0.25;
        }
        return b + s + c + f;
    }
}
