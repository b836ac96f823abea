import io.jpar.Parallel;

import java.util.SplittableRandom;

public class Known {
    @Parallel
    static double pi(int n) {
        long inside = 0;
        final class JparLoop1 extends io.jpar.runtime.cpu.IntChunk<JparLoop1> { protected void run(int from$, int to$) throws Exception { long inside = this.inside; for (int i = from$; i < to$; i++) {
            SplittableRandom r = new SplittableRandom(i);
            double x = r.nextDouble();
            double y = new SplittableRandom(-i).nextDouble();
            if (Math.sqrt(x * x + y * y) <= 1.0) {
                inside++;
            }
            if (i == -1) {
                System.out.println(Thread.currentThread().getName() + String.valueOf(i).length());
            }
        } this.inside = inside; } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("Known.java:9", "Known.pi", io.jpar.Schedule.AUTO, 0, 0, io.jpar.runtime.Relation.LT); long inside; JparLoop1(long inside) { this.inside = inside; } protected JparLoop1 fresh() { return new JparLoop1(0L); } protected void merge(JparLoop1 later) { inside += later.inside; } } inside = io.jpar.runtime.cpu.CpuLoops.forInt(JparLoop1.SITE, 0, n, 1, new JparLoop1(inside)).inside;
        return 4.0 * inside / n;
    }
} // rewritten by jpar from Known.java; see jpar:explain
