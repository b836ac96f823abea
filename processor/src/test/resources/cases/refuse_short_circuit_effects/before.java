import io.jpar.Parallel;

public class Checks {
    @Parallel
    static boolean allPositive(int[] a) {
        boolean ok = true;
        for (int i = 0; i < a.length; i++) {
            ok = ok && check(a[i]);
        }
        return ok;
    }

    static boolean check(int x) {
        return x > 0;
    }
}
