import io.jpar.Parallel;

public class Fields {
    static int calls;
    int total;

    @Parallel
    void count(int[] a) {
        for (int i = 0; i < a.length; i++) {
            calls = i;
            this.total = a[i];
        }
    }
}
