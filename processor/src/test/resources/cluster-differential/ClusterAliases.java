import io.jpar.Parallel;
import io.jpar.Target;

/**
 * One array under two names, written and read at the same index (found by the fuzzer: fuzz/found-bugs): other ranks
 * would get two arrays, so jpar checks the names before the call and runs the loop on this JVM when they overlap.
 */
public class ClusterAliases {
    @Parallel(target = Target.CLUSTER)
    static void f(int n, int[] a, int[] w) {
        for (int i = 0; i < n; i++) {
            w[i] = 7;
            w[i] = a[i] + 1;
        }
    }

    public static Object result() {
        int[] a = new int[1000];
        f(a.length, a, a);
        int[] b = new int[1000];
        int[] c = new int[1000];
        for (int i = 0; i < b.length; i++) {
            b[i] = i;
        }
        f(b.length, b, c);
        return new Object[] {a, c};
    }
}
