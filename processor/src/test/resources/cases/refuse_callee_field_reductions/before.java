import io.jpar.Parallel;
import io.jpar.Target;

public class Tally {

    static long hits;
    double total;
    double peak;

    // reads the field it updates
    private void recordPeak(double v) {
        total += v;
        if (total > peak) {
            peak = total;
        }
    }

    @Parallel
    void readsIt(double[] a) {
        for (int i = 0; i < a.length; i++) {
            recordPeak(a[i]);
        }
    }

    // any subclass may override it
    void add(double v) {
        total += v;
    }

    @Parallel
    void overridable(double[] a) {
        for (int i = 0; i < a.length; i++) {
            add(a[i]);
        }
    }

    private static void count() {
        hits++;
    }

    // the loop reads the field the helper reduces into
    @Parallel
    static void loopReads(long[] out) {
        for (int i = 0; i < out.length; i++) {
            count();
            out[i] = hits;
        }
    }

    @Parallel(target = Target.CLUSTER)
    static void onRanks(long[] out) {
        for (int i = 0; i < out.length; i++) {
            count();
            out[i] = i;
        }
    }
}
