import io.jpar.Parallel;

public class OuterWrite {
    @Parallel
    static int last(int[] a) {
        int last = 0;
        for (int i = 0; i < a.length; i++) {
            last = a[i];
        }
        return last;
    }
}
