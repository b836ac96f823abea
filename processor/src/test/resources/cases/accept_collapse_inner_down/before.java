import io.jpar.Parallel;
import io.jpar.Schedule;

public class InnerDown {
    // found by jpar-fuzz: an inner index running down from m - 1 to 0 covers [0, m) as well as one running up
    @Parallel(schedule = Schedule.STATIC, chunk = 25, collapse = 2)
    static void collapsed(int n, int m, double[] flat) {
        for (int i = 6; i < n + 4; i++) {
            for (int j = m - 1; j >= 0; j--) {
                flat[i * m + j] = 0;
            }
        }
    }

    @Parallel
    static void nested(int n, int m, int[] flat) {
        for (int i = 0; i < n; i++) {
            for (int j = m - 1; j > -1; j--) {
                flat[j + i * m] = i - j;
            }
        }
    }

    @Parallel
    static void productFirst(int n, int m, long[] flat) {
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                flat[m * i + j] += j;
            }
        }
        // from m down to 0 is m + 1 values: row i's last element is row i + 1's first, so this loop stays sequential
        for (int i = 0; i < n; i++) {
            for (int j = m; j >= 0; j--) {
                flat[m * i + j] = i;
            }
        }
    }

    // every other element of each row: j stays within 0 .. m-1, so rows still do not overlap
    @Parallel
    static void everyOther(int n, int m, int[] flat) {
        for (int i = 0; i < n; i++) {
            for (int j = 1; j < m; j += 2) {
                flat[i * m + j] = i;
            }
            for (int j = m - 1; j >= 1; j -= 2) {
                flat[i * m + j] += j;
            }
        }
    }
}
