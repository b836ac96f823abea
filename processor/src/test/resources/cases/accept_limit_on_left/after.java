import io.jpar.Parallel;

public class LimitLeft {
    @Parallel
    static void fill(int[] a) {
        final class JparLoop1 extends io.jpar.runtime.cpu.IntChunk<JparLoop1> { protected void run(int from$, int to$) throws Exception { for (int i = from$; i < to$; ++i) {
            a[i] = i;
        } } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("LimitLeft.java:6", "LimitLeft.fill", io.jpar.Schedule.AUTO, 0, 0, io.jpar.runtime.Relation.LT); } io.jpar.runtime.cpu.CpuLoops.forInt(JparLoop1.SITE, 0, a.length, 1, new JparLoop1());
    }
} // rewritten by jpar from LimitLeft.java; see jpar:explain
