import io.jpar.Parallel;

public class AliasSameIndex {
    @Parallel(target = io.jpar.Target.CLUSTER)
    static void f(int n, int[] a, int[] w) {
        for (int i = 0; i < n; i++) {
            w[i] = 7;
            w[i] = a[i] + 1;
        }
    }

    public static Object[] fuzzRun() {
        int[] a = new int[1000];
        f(a.length, a, a);
        return new Object[] {a};
    }
}
