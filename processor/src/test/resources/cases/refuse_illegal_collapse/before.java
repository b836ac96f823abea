import io.jpar.Parallel;

public class Collapse {
    @Parallel(collapse = 2)
    static void triangle(int[][] a, int n) {
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                a[i][j] = 1;
            }
        }
    }

    @Parallel(collapse = 2)
    static void notPerfect(int[][] a, int n) {
        for (int i = 0; i < n; i++) {
            a[i][0] = 0;
            for (int j = 1; j < n; j++) {
                a[i][j] = 1;
            }
        }
    }

    @Parallel(collapse = 3)
    static void three(int[] a) {
        for (int i = 0; i < a.length; i++) {
            a[i] = 1;
        }
    }
}
