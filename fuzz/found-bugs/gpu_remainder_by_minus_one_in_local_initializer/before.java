import io.jpar.Parallel;

public class RemMinusOne {
    @Parallel(target = io.jpar.Target.GPU)
    static void f(int n, int[] a, int[] w) {
        for (int i = 0; i < n; i++) {
            int t = a[i] % -1;
            w[i] = t + 1;
        }
    }

    public static Object[] fuzzRun() {
        int[] a = {5, -7, Integer.MIN_VALUE, 0};
        int[] w = new int[4];
        f(4, a, w);
        return new Object[] {w};
    }
}
