import io.jpar.Parallel;

public class Control {
    @Parallel
    static long checked(int[] a) throws java.io.IOException {
        long sum = 0;
        final class JparLoop1 extends io.jpar.runtime.cpu.IntChunk<JparLoop1> { protected void run(int from$, int to$) throws Exception { long sum = this.sum; for (int i = from$; i < to$; i++) {
            if (a[i] < 0) {
                throw new java.io.IOException("negative at " + i);
            }
            if (a[i] == 0) {
                continue;
            }
            for (int j = 0; j < 10; j++) {
                if (j > a[i]) {
                    break;
                }
                sum += j;
            }
        } this.sum = sum; } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("Control.java:7", "Control.checked", io.jpar.Schedule.AUTO, 0, 0, io.jpar.runtime.Relation.LT); long sum; JparLoop1(long sum) { this.sum = sum; } protected JparLoop1 fresh() { return new JparLoop1(0L); } protected void merge(JparLoop1 later) { sum += later.sum; } } sum = io.jpar.runtime.cpu.CpuLoops.forInt(JparLoop1.SITE, 0, a.length, 1, new JparLoop1(sum)).sum;
        return sum;
    }
} // rewritten by jpar from Control.java; see jpar:explain
