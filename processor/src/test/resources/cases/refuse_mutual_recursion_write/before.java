import io.jpar.Parallel;

public class Rec {
    // second() reaches the write through odd() -> even(); reading first() must not leave odd() memoised as safe
    static int count;

    @Parallel
    static void first(int[] a) {
        for (int i = 0; i < a.length; i++) {
            a[i] = even(a[i]);
        }
    }

    @Parallel
    static void second(int[] a) {
        for (int i = 0; i < a.length; i++) {
            a[i] = odd(a[i]);
        }
    }

    static int even(int n) {
        if (n <= 0) {
            return 1;
        }
        int r = odd(n - 1);
        count++;
        return r;
    }

    static int odd(int n) {
        return n <= 0 ? 0 : even(n - 1);
    }
}
