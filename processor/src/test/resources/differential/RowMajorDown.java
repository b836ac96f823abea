import io.jpar.Parallel;
import io.jpar.Schedule;

public class RowMajorDown {
    @Parallel(collapse = 2, schedule = Schedule.DYNAMIC, chunk = 5)
    static void collapsed(int n, int m, long[] flat) {
        for (int i = 0; i < n; i++) {
            for (int j = m - 1; j >= 0; j--) {
                flat[i * m + j] = (long) i * 31 + j;
            }
        }
    }

    @Parallel
    static void nested(int n, int m, long[] flat) {
        for (int i = 0; i < n; i++) {
            for (int j = m - 1; j > -1; j--) {
                flat[m * i + j] += i - 2L * j;
            }
        }
    }

    public static Object result() {
        long[] flat = new long[300 * 77];
        collapsed(300, 77, flat);
        nested(300, 77, flat);
        return flat;
    }
}
