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

    static final class Body {
        double x;
    }

    private static void sumFirst(Body[] b) {
        hits += (long) b[0].x;
    }

    // the helper's reduction is fine, but it reads a field that the loop writes in the elements
    @Parallel
    static void readsElements(Body[] b) {
        for (int i = 0; i < b.length; i++) {
            b[i].x = i;
            sumFirst(b);
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
