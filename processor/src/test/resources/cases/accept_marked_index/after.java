import io.jpar.Parallel;
import io.jpar.Schedule;

public class Marked {
    @Parallel(schedule = Schedule.STATIC)
    static long twoLoops(int[] a, int n) {
        long sum = 0;
        for (int i = 0; i < a.length; i++) {
            a[i] = i * 2;
        }
        final class JparLoop1 extends io.jpar.runtime.cpu.IntChunk<JparLoop1> { protected void run(int from$, int to$) throws Exception { long sum = this.sum; for (int i = from$; i < to$; i++) {
            sum += i;
        } this.sum = sum; } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("Marked.java:11", "Marked.twoLoops", io.jpar.Schedule.GUIDED, 16, 2, io.jpar.runtime.Relation.LT); long sum; JparLoop1(long sum) { this.sum = sum; } protected JparLoop1 fresh() { return new JparLoop1(0L); } protected void merge(JparLoop1 later) { sum += later.sum; } } sum = io.jpar.runtime.cpu.CpuLoops.forInt(JparLoop1.SITE, 0, n, 1, new JparLoop1(sum)).sum;
        return sum;
    }
} // rewritten by jpar from Marked.java; see jpar:explain
