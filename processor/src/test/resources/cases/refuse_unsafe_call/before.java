import io.jpar.Parallel;

public class Unsafe {
    static int seen;

    @Parallel
    static void visit(int[] a) {
        for (int i = 0; i < a.length; i++) {
            a[i] = note(i);
        }
    }

    static int note(int i) {
        seen = i;
        return i;
    }

    @Parallel
    static void clear(int[] a, int[] b) {
        for (int i = 0; i < a.length; i++) {
            java.util.Arrays.fill(b, i);
            a[i] = i;
        }
    }

    @Parallel
    static void shared(int[] out, int[] buffer) {
        for (int i = 0; i < out.length; i++) {
            fill(buffer, i);
            out[i] = i;
        }
    }

    static void fill(int[] buf, int v) {
        for (int k = 0; k < buf.length; k++) {
            buf[k] = v + k;
        }
    }
}
