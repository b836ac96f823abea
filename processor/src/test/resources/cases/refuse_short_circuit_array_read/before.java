import io.jpar.Parallel;

public class ShortCircuitReads {
    // a[i + 1] is out of range at the last i: the sequential loop never gets there once ok is false
    @Parallel
    static boolean ascending(int[] a) {
        boolean ok = true;
        for (int i = 0; i < a.length; i++) {
            ok = ok && a[i] <= a[i + 1];
        }
        return ok;
    }

    // an index read from another array may be anything
    @Parallel
    static boolean anyNegative(int[] a, int[] idx) {
        boolean found = false;
        for (int i = 0; i < idx.length; i++) {
            found = found || a[idx[i]] < 0;
        }
        return found;
    }

    // i < n does not keep i within a
    @Parallel
    static boolean allPositive(int[] a, int n) {
        boolean ok = true;
        for (int i = 0; i < n; i++) {
            ok = ok && a[i] > 0;
        }
        return ok;
    }

    // a[i] while i < a.length cannot throw: accepted
    @Parallel
    static boolean allEven(int[] a) {
        boolean ok = true;
        for (int i = 0; i < a.length; i++) {
            ok = ok && a[i] % 2 == 0;
        }
        return ok;
    }
}
