import io.jpar.Parallel;

public class Outside {
    @Parallel
    static void fill(int[] a) {
        int i;
        final class JparLoop1 extends io.jpar.runtime.cpu.IntChunk<JparLoop1> { protected void run(int from$, int to$) throws Exception { int i = 0; for (i = from$; i < to$; i++) {
            a[i] = 1;
        } } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("Outside.java:7", "Outside.fill", io.jpar.Schedule.AUTO, 0, 0, io.jpar.runtime.Relation.LT); } i = 0; io.jpar.runtime.cpu.CpuLoops.forInt(JparLoop1.SITE, i, a.length, 1, new JparLoop1());
    }
} // rewritten by jpar from Outside.java; see jpar:explain
