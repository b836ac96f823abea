import io.jpar.Parallel;

public class OuterWrite {
    @Parallel
    static int last(int[] a) {
        int last = 0;
        final class JparLoop1 extends io.jpar.runtime.cpu.IntChunk<JparLoop1> { protected void run(int from$, int to$) throws Exception { int last = 0; for (int i = from$; i < to$; i++) {
            last = a[i];
        } this.last$last = last; this.last$set = true; } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("OuterWrite.java:7", "OuterWrite.last", io.jpar.Schedule.AUTO, 0, 0, io.jpar.runtime.Relation.LT); int last$last; boolean last$set; protected JparLoop1 fresh() { return new JparLoop1(); } protected void merge(JparLoop1 later) { if (later.last$set) { this.last$last = later.last$last; this.last$set = true; } } } JparLoop1 jpar$1 = io.jpar.runtime.cpu.CpuLoops.forInt(JparLoop1.SITE, 0, a.length, 1, new JparLoop1()); if (jpar$1.last$set) last = jpar$1.last$last;
        return last;
    }
} // rewritten by jpar from OuterWrite.java; see jpar:explain
