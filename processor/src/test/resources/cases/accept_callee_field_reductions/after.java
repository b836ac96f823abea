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
        final class JparLoop1 extends io.jpar.runtime.cpu.IntChunk<JparLoop1> { protected void run(int from$, int to$) throws Exception { for (int i = from$; i < to$; i++) {
            record$partials(a[i] * a[i]);
        } } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("Tally.java:16", "Tally.run", io.jpar.Schedule.AUTO, 0, 0, io.jpar.runtime.Relation.LT); double total$field; long hits$field; JparLoop1(double total$field, long hits$field) { this.total$field = total$field; this.hits$field = hits$field; } protected JparLoop1 fresh() { return new JparLoop1(-0.0, 0L); } protected void merge(JparLoop1 later) { total$field += later.total$field; hits$field += later.hits$field; } private void record$partials(double v) {         this.total$field += v;         this.hits$field++;     } } JparLoop1 jpar$1 = io.jpar.runtime.cpu.CpuLoops.forInt(JparLoop1.SITE, 0, a.length, 1, new JparLoop1(total, hits)); total = jpar$1.total$field; hits = jpar$1.hits$field;
    }
} // rewritten by jpar from Tally.java; see jpar:explain
