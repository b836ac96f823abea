import io.jpar.Parallel;

public class FieldPaths {
    int[] y = new int[100];

    // o.y may be a: it goes into the run-time overlap check
    @Parallel
    static void otherObject(FieldPaths o, int[] a) {
        for (int i = 0; i < 99; i++) {
            a[i] = o.y[i + 1];
        }
    }

    // the local y hides the field: the check names the field this.y
    @Parallel
    void shadowed(int[] b) {
        int[] y = new int[100];
        for (int i = 0; i < 99; i++) {
            this.y[i] = b[i + 1] + y[i];
        }
    }
}
