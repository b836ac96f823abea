import io.jpar.Parallel;

public class AbsMin {
    @Parallel(target = io.jpar.Target.GPU)
    static void f(int n, int[] a, int[] w) {
        for (int i = 0; i < n; i++) {
            w[i] = Math.abs(a[i]) >> 1;
        }
    }

    public static Object[] fuzzRun() {
        int[] a = {Integer.MIN_VALUE, -6, 5, Integer.MIN_VALUE + 1};
        int[] w = new int[4];
        f(4, a, w);
        return new Object[] {w};
    }
}
