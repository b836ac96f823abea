import io.jpar.Parallel;
import io.jpar.Target;

public class Members {
    private final int factor = 3;

    @Parallel(target = Target.CLUSTER)
    void scale(int[] a) {
        for (int i = 0; i < a.length; i++) {
            a[i] = this.factor * i + weight(i) + hashCode() % 2;
        }
    }

    int weight(int i) {
        return i % factor;
    }
}
