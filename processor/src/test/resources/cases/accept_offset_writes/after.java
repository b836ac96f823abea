import io.jpar.Parallel;
import io.jpar.Schedule;
import io.jpar.Target;

public class Offsets {
    @Parallel
    static void shift(double[] a, double[] b, int c) {
        final class JparLoop1 extends io.jpar.runtime.cpu.IntChunk<JparLoop1> { protected void run(int from$, int to$) throws Exception { for (int i = from$; i < to$; i++) {
            a[i + 1] = b[i] * 2;
            a[1 + i] += b[i + c];
        } } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("Offsets.java:8", "Offsets.shift", io.jpar.Schedule.AUTO, 0, 0, io.jpar.runtime.Relation.LT); } io.jpar.runtime.cpu.CpuLoops.forInt(JparLoop1.SITE, 0, b.length - 1, 1, new JparLoop1(), new java.lang.Object[] {a}, new java.lang.Object[] {b});
    }
} // rewritten by jpar from Offsets.java; see jpar:explain
