import io.jpar.Parallel;

public class Branches {
    @Parallel
    static String classify(int[] a) {
        long positive = 0;
        long negative = 0;
        int zeros = 0;
        boolean sawBig = false;
        boolean parity = false;
        final class JparLoop1 extends io.jpar.runtime.cpu.IntChunk<JparLoop1> { protected void run(int from$, int to$) throws Exception { long positive = this.positive; boolean sawBig = this.sawBig; long negative = this.negative; int zeros = this.zeros; boolean parity = this.parity; for (int i = from$; i < to$; i++) {
            if (a[i] > 0) {
                positive += a[i];
                if (a[i] > 1000) {
                    sawBig |= true;
                }
            } else if (a[i] < 0) {
                negative -= a[i];
            } else {
                zeros++;
            }
            parity ^= a[i] % 2 != 0;
        } this.positive = positive; this.sawBig = sawBig; this.negative = negative; this.zeros = zeros; this.parity = parity; } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("Branches.java:11", "Branches.classify", io.jpar.Schedule.AUTO, 0, 0, io.jpar.runtime.Relation.LT); long positive; boolean sawBig; long negative; int zeros; boolean parity; JparLoop1(long positive, boolean sawBig, long negative, int zeros, boolean parity) { this.positive = positive; this.sawBig = sawBig; this.negative = negative; this.zeros = zeros; this.parity = parity; } protected JparLoop1 fresh() { return new JparLoop1(0L, false, 0L, 0, false); } protected void merge(JparLoop1 later) { positive += later.positive; sawBig |= later.sawBig; negative += later.negative; zeros += later.zeros; parity ^= later.parity; } } JparLoop1 jpar$1 = io.jpar.runtime.cpu.CpuLoops.forInt(JparLoop1.SITE, 0, a.length, 1, new JparLoop1(positive, sawBig, negative, zeros, parity)); positive = jpar$1.positive; sawBig = jpar$1.sawBig; negative = jpar$1.negative; zeros = jpar$1.zeros; parity = jpar$1.parity;
        return positive + " " + negative + " " + zeros + " " + sawBig + " " + parity;
    }
} // rewritten by jpar from Branches.java; see jpar:explain
