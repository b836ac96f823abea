import io.jpar.Parallel;

import java.util.List;

public class Unknown {
    @Parallel
    static void copy(List<Integer> source, int[] out) {
        final class JparLoop1 extends io.jpar.runtime.cpu.IntChunk<JparLoop1> { protected void run(int from$, int to$) throws Exception { for (int i = from$; i < to$; i++) {
            out[i] = source.get(i);
        } } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("Unknown.java:8", "Unknown.copy", io.jpar.Schedule.AUTO, 0, 0, io.jpar.runtime.Relation.LT); } io.jpar.runtime.cpu.CpuLoops.forInt(JparLoop1.SITE, 0, out.length, 1, new JparLoop1());
    }
} // rewritten by jpar from Unknown.java; see jpar:explain
