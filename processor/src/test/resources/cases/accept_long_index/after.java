import io.jpar.Parallel;

public class LongIndex {
    @Parallel
    static long sumTo(long n) {
        long sum = 0;
        final class JparLoop1 extends io.jpar.runtime.cpu.LongChunk<JparLoop1> { protected void run(long from$, long to$) throws Exception { long sum = this.sum; for (long i = from$; i < to$; i++) {
            sum += i % 7;
        } this.sum = sum; } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("LongIndex.java:7", "LongIndex.sumTo", io.jpar.Schedule.AUTO, 0, 0, io.jpar.runtime.Relation.LT); long sum; JparLoop1(long sum) { this.sum = sum; } protected JparLoop1 fresh() { return new JparLoop1(0L); } protected void merge(JparLoop1 later) { sum += later.sum; } } sum = io.jpar.runtime.cpu.CpuLoops.forLong(JparLoop1.SITE, 0, n, 1, new JparLoop1(sum)).sum;
        return sum;
    }
} // rewritten by jpar from LongIndex.java; see jpar:explain
