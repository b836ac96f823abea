import io.jpar.Parallel;

public class MarkedBad {
    @Parallel
    static void marked(int[] a) {
        for (int i = 0; i < a.length; i++) {
            a[i] = i;
        }
        for (@Parallel int i = 1; i < a.length; i++) {
            a[i] = a[i - 1];
        }
    }
}
