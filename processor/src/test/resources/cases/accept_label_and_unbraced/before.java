import io.jpar.Parallel;

public class Shapes {
    @Parallel
    static void twice(int[] a, boolean go) {
        if (go)
            for (int i = 0; i < a.length; i++) a[i] *= 2;
    }

    @Parallel
    static void labelled(int[][] a) {
        rows:
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[i].length; j++) {
                if (a[i][j] < 0) {
                    continue;
                }
                a[i][j] = 1;
            }
        }
    }
}
