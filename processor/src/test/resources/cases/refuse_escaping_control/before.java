import io.jpar.Parallel;

public class Escape {
    @Parallel
    static int find(int[] a, int x) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] == x) {
                return i;
            }
        }
        outer:
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a.length; j++) {
                if (a[j] == i) {
                    break outer;
                }
            }
            if (a[i] < 0) {
                break;
            }
        }
        return -1;
    }

    @Parallel(collapse = 2) // other chunks may run the rest of row i: continue rows cannot skip it
    static void skipRows(int[][] a, int m) {
        rows:
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < m; j++) {
                if (a[i][j] < 0) {
                    continue rows;
                }
                a[i][j] = 1;
            }
        }
    }
}
