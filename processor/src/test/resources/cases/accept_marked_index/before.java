import io.jpar.Parallel;
import io.jpar.Schedule;

public class Marked {
    @Parallel(schedule = Schedule.STATIC)
    static long twoLoops(int[] a, int n) {
        long sum = 0;
        for (int i = 0; i < a.length; i++) {
            a[i] = i * 2;
        }
        for (@Parallel(schedule = Schedule.GUIDED, chunk = 16, threads = 2) int i = 0; i < n; i++) {
            sum += i;
        }
        return sum;
    }
}
