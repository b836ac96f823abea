import io.jpar.Parallel;
import io.jpar.Schedule;

public class Continues {
    // found by jpar-fuzz: continue to the parallel loop itself only ends the iteration, like continue
    @Parallel(schedule = Schedule.GUIDED, chunk = 5)
    static void own(int n) {
        int st = 2;
        outer: for (int i = 7; n + 4 - 1 >= i; i += st) {
                    continue outer;
        }
    }

    @Parallel
    static void skipRows(int[][] a) {
        rows:
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[i].length; j++) {
                if (a[i][j] < 0) {
                    continue rows;
                }
                a[i][j] = 1;
            }
        }
    }

    // under collapse the chunk runs the inner loop: continue cols is the iteration's own
    @Parallel(collapse = 2)
    static void skipCells(int[][] a, int m) {
        for (int i = 0; i < a.length; i++) {
            cols: for (int j = 0; j < m; j++) {
                for (int k = 0; k < 3; k++) {
                    if (a[i][j] == k) {
                        continue cols;
                    }
                }
                a[i][j] = -1;
            }
        }
    }
}
