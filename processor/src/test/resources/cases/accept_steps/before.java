import io.jpar.Parallel;

public class Steps {
    @Parallel
    static void evens(int[] a) {
        for (int i = 0; i < a.length; i += 2) {
            a[i] = 1;
        }
    }

    @Parallel
    static void thirds(int[] a) {
        for (int i = a.length - 1; i > 0; i -= 3) {
            a[i] = 2;
        }
    }

    @Parallel
    static void assignedStep(int[] a, int k) {
        final int step = k + 1;
        for (int i = 0; i < a.length; i = i + step) {
            a[i] = 3;
        }
    }

    @Parallel
    static void preDecrement(int[] a) {
        for (int i = a.length - 1; 0 <= i; --i) {
            a[i] = 4;
        }
    }

    @Parallel
    static void stepOnLeft(long[] a, int k) {
        for (int i = 0; i < a.length; i = k + i) {
            a[i] = 5;
        }
    }
}
