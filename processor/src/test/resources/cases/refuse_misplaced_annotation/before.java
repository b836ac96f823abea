import io.jpar.Parallel;

public class Misplaced {
    @Parallel
    int[] data;

    static void parameter(@Parallel int n) {
    }

    static void notAnnotated(int[] a) {
        for (@Parallel int i = 0; i < a.length; i++) {
            a[i] = i;
        }
    }

    @Parallel
    static void forEachVariable(int[] a, int[] b) {
        for (@Parallel int x : b) {
            a[0] = x;
        }
        for (int i = 0; i < a.length; i++) {
            a[i] = i;
        }
    }
}
