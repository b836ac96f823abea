import io.jpar.Parallel;

public class Down {
    @Parallel
    static void reverse(int[] a, int[] b) {
        final class JparLoop1 extends io.jpar.runtime.cpu.IntChunk<JparLoop1> { protected void run(int from$, int to$) throws Exception { for (int i = from$; i >= to$; i--) {
            a[i] = b[i] + 1;
        } } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("Down.java:6", "Down.reverse", io.jpar.Schedule.AUTO, 0, 0, io.jpar.runtime.Relation.GE); } io.jpar.runtime.cpu.CpuLoops.forInt(JparLoop1.SITE, a.length - 1, 0, -1, new JparLoop1());
    }
} // rewritten by jpar from Down.java; see jpar:explain
