import io.jpar.Parallel;

public class Tally {

    static long hits;
    double total;

    // updates a field of this and a static one, and nothing else shared
    private void record(double v) {
        total += v;
        hits++;
    }

    @Parallel
    void run(double[] a) {
        for (int i = 0; i < a.length; i++) {
            record(a[i] * a[i]);
        }
    }
}
