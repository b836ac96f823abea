import io.jpar.Parallel;

public class ForEach {
    @Parallel
    static long sum(int[] a) {
        long s = 0;
        for (int x : a) {
            s += x;
        }
        return s;
    }
}
