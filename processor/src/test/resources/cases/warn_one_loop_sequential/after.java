import io.jpar.Parallel;

public class Partly {
    @Parallel
    static int work(int[] a) {
        int last = 0;
        for (int i = 1; i < a.length; i++) {
            a[i] = a[i - 1] + 1;
        }
        final class JparLoop1 extends io.jpar.runtime.cpu.IntChunk<JparLoop1> { protected void run(int from$, int to$) throws Exception { for (int i = from$; i < to$; i++) {
            a[i] = a[i] * 2;
        } } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("Partly.java:10", "Partly.work", io.jpar.Schedule.AUTO, 0, 0, io.jpar.runtime.Relation.LT); } io.jpar.runtime.cpu.CpuLoops.forInt(JparLoop1.SITE, 0, a.length, 1, new JparLoop1());
        return last;
    }
} // rewritten by jpar from Partly.java; see jpar:explain
