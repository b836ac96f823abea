import io.jpar.Parallel;

public class Captured {
    @Parallel
    static void offset(int[] a, int base) {
        int shift = 0;
        if (base > 10) {
            shift = base;
        }
        base++;
        final class JparLoop1 extends io.jpar.runtime.cpu.IntChunk<JparLoop1> { protected void run(int from$, int to$) throws Exception { for (int i = from$; i < to$; i++) {
            a[i] = i + shift + base;
        } } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("Captured.java:11", "Captured.offset", io.jpar.Schedule.AUTO, 0, 0, io.jpar.runtime.Relation.LT); final int shift; final int base; JparLoop1(int shift, int base) { this.shift = shift; this.base = base; } } io.jpar.runtime.cpu.CpuLoops.forInt(JparLoop1.SITE, 0, a.length, 1, new JparLoop1(shift, base));
    }
} // rewritten by jpar from Captured.java; see jpar:explain
