import io.jpar.Parallel;

public class Forms {
    @Parallel
    static String check(int[] a) {
        double total = 0;
        long scaled = 1;
        boolean all = true;
        boolean any = false;
        final class JparLoop1 extends io.jpar.runtime.cpu.IntChunk<JparLoop1> { protected void run(int from$, int to$) throws Exception { double total = this.total; long scaled = this.scaled; boolean all = this.all; boolean any = this.any; for (int i = from$; i < to$; i++) {
            total = total + a[i] * 0.5;
            scaled = (a[i] % 2 + 1) * scaled;
            all = all && a[i] > 0;
            any = any || a[i] > 10;
        } this.total = total; this.scaled = scaled; this.all = all; this.any = any; } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("Forms.java:10", "Forms.check", io.jpar.Schedule.AUTO, 0, 0, io.jpar.runtime.Relation.LT); double total; long scaled; boolean all; boolean any; JparLoop1(double total, long scaled, boolean all, boolean any) { this.total = total; this.scaled = scaled; this.all = all; this.any = any; } protected JparLoop1 fresh() { return new JparLoop1(-0.0, 1L, true, false); } protected void merge(JparLoop1 later) { total += later.total; scaled *= later.scaled; all = all && later.all; any = any || later.any; } } JparLoop1 jpar$1 = io.jpar.runtime.cpu.CpuLoops.forInt(JparLoop1.SITE, 0, a.length, 1, new JparLoop1(total, scaled, all, any)); total = jpar$1.total; scaled = jpar$1.scaled; all = jpar$1.all; any = jpar$1.any;
        return total + " " + scaled + " " + all + " " + any;
    }
} // rewritten by jpar from Forms.java; see jpar:explain
