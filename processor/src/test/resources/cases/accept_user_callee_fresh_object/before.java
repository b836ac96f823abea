import io.jpar.Parallel;

public class Callee {
    static final class Acc {
        int n;

        void add(int k) {
            n += k;
        }
    }

    @Parallel
    static void each(int[] out) {
        for (int i = 0; i < out.length; i++) {
            Acc acc = new Acc();
            acc.add(i);
            acc.add(twice(i));
            out[i] = acc.n;
        }
    }

    static int twice(int k) {
        return k <= 0 ? 0 : 2 + twice(k - 1);
    }

    @Parallel
    static void scratch(int[] out) {
        for (int i = 0; i < out.length; i++) {
            int[] tmp = new int[4];
            fill(tmp, i);
            out[i] = tmp[3];
        }
    }

    static void fill(int[] buf, int v) {
        for (int k = 0; k < buf.length; k++) {
            buf[k] = v + k;
        }
    }
}
