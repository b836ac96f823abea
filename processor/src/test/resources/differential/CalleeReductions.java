import io.jpar.Parallel;

/** Field reductions updated inside methods the loop calls: a tally of this, a static counter, a checksum. */
public class CalleeReductions {

    static final double TOLERANCE = 1e-9;

    static long hits;
    static int mask = -1;

    double total;
    long count;
    double scale = 0.5;

    // an instance helper: two fields of this, one of them by this.count
    private void record(double v) {
        total += v * scale; // the sum; scale is the field, whatever the loop's method has as locals
        this.count++;
    }

    // a static helper with a local and an early return; the field updates are its only shared writes
    static int classify(double v) {
        int bucket = (int) Math.floor(Math.abs(v)) % 7;
        if (bucket == 3) {
            return -1;
        }
        hits += bucket;
        CalleeReductions.mask &= ~(1 << bucket);
        return bucket;
    }

    @Parallel
    double[] run(double[] a) {
        double[] out = new double[a.length];
        double scale = 100;
        for (int i = 0; i < a.length; i++) {
            double v = Math.sin(a[i]) * 10 + scale * 0;
            record(v);
            out[i] = classify(v) + v;
            this.record(v * 0.5);
        }
        return out;
    }

    public static Object result() {
        double[] a = new double[30000];
        for (int i = 0; i < a.length; i++) {
            a[i] = i * 0.37;
        }
        CalleeReductions c = new CalleeReductions();
        c.total = 1.5;
        hits = 4;
        double[] out = c.run(a);
        return new Object[] {out, c.total, c.count, hits, mask};
    }
}
