import io.jpar.Parallel;

public class Members {
    private final int factor = 3;

    @Parallel
    void scale(int[] a) {
        final class JparLoop1 extends io.jpar.runtime.cpu.IntChunk<JparLoop1> { protected void run(int from$, int to$) throws Exception { for (int i = from$; i < to$; i++) {
            a[i] = Members.this.factor * i + Members.this.hashCode() % 1 + weight(i);
        } } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("Members.java:8", "Members.scale", io.jpar.Schedule.AUTO, 0, 0, io.jpar.runtime.Relation.LT); } io.jpar.runtime.cpu.CpuLoops.forInt(JparLoop1.SITE, 0, a.length, 1, new JparLoop1());
    }

    int weight(int i) {
        return i % factor;
    }
} // rewritten by jpar from Members.java; see jpar:explain
