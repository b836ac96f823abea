import io.jpar.Parallel;
import io.jpar.Schedule;

public class CollapseSum {
    @Parallel(collapse = 2, schedule = Schedule.DYNAMIC, chunk = 7)
    static long[] grid(int rows, int cols) {
        long later = 0;
        long max = Long.MIN_VALUE;
        for (int i = 0; i < rows; i++) {
            for (int j = 3; j < cols; j += 2) {
                long v = (long) i * j % 1009;
                later += v;
                if (v >= max) {
                    max = v;
                }
            }
        }
        return new long[] {later, max};
    }

    public static Object result() {
        return grid(700, 901);
    }
}
