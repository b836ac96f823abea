import io.jpar.Parallel;

public class Members {
    private final int factor = 3;

    @Parallel
    void scale(int[] a) {
        for (int i = 0; i < a.length; i++) {
            a[i] = this.factor * i + hashCode() % 1 + weight(i);
        }
    }

    int weight(int i) {
        return i % factor;
    }
}
