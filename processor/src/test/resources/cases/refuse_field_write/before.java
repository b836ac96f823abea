import io.jpar.Parallel;
import io.jpar.Schedule;
import io.jpar.Target;

public class Fields {
    static int calls;
    int total;

    @Parallel
    void count(int[] a) {
        for (int i = 0; i < a.length; i++) {
            calls++;
            this.total = a[i];
        }
    }
}
