import io.jpar.Parallel;

public class LessEqual {
    @Parallel
    static void squares(long[] out, int n) {
        final class JparLoop1 extends io.jpar.runtime.cpu.IntChunk<JparLoop1> { protected void run(int from$, int to$) throws Exception { for (int i = from$; i <= to$; i++) {
            out[i] = (long) i * i;
        } } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("LessEqual.java:6", "LessEqual.squares", io.jpar.Schedule.AUTO, 0, 0, io.jpar.runtime.Relation.LE); } io.jpar.runtime.cpu.CpuLoops.forInt(JparLoop1.SITE, 0, n, 1, new JparLoop1());
    }
} // rewritten by jpar from LessEqual.java; see jpar:explain
