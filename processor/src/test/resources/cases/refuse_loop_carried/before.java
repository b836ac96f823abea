import io.jpar.Parallel;

public class Carried {
    @Parallel
    static void prefix(int[] a, int[] b) {
        for (int i = 1; i < a.length; i++) {
            a[i] = a[i - 1] + b[i];
        }
    }

    @Parallel
    static void twoForms(int[] a) {
        for (int i = 1; i < a.length - 1; i++) {
            a[i] = 1;
            a[i + 1] = 2;
        }
    }

    @Parallel
    static void notInjective(int[] a, int[] idx) {
        for (int i = 0; i < idx.length; i++) {
            a[idx[i]] = i;
        }
    }

    @Parallel
    static void whole(int[] a) {
        for (int i = 0; i < a.length; i++) {
            a[i] = java.util.Arrays.hashCode(a);
        }
    }

    // clone() reads every element, some of which other iterations write
    @Parallel
    static long cloned(int[] a) {
        long s = 0;
        for (int i = 0; i < a.length; i++) {
            a[i] = i;
            s += a.clone()[0];
        }
        return s;
    }

    static int[] shared = new int[100];

    // Carried.shared is the field shared: one array, read at another index than it is written
    @Parallel
    static void qualified() {
        for (int i = 0; i < 99; i++) {
            shared[i] = Carried.shared[i + 1];
        }
    }
}
