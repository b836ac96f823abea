import io.jpar.Parallel;
import io.jpar.Schedule;

public class Fuzz1x6 {

    @Parallel(schedule = Schedule.STATIC, chunk = 25, collapse = 2)
    static void f0(int n, int m, int[] a, int[] b, double[] x, double[] y, float[] fl, long[] la, int[] wi, double[] wd, int[] c, int[][] g, double[] flat, int[] h, double[] hd, double[] rf, long[] ri) {
        final class JparLoop1 extends io.jpar.runtime.cpu.Int2Chunk<JparLoop1> { protected void run(int i, int from$, int to$) throws Exception {
            for (int j = from$; j >= to$; j--) {
                flat[i * m + j] = 0;
            }
        } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("Fuzz1x6.java:8", "Fuzz1x6.f0", io.jpar.Schedule.STATIC, 25, 0, io.jpar.runtime.Relation.LT, io.jpar.runtime.Relation.GE); } io.jpar.runtime.cpu.CpuLoops.forInt2(JparLoop1.SITE, 6, n + 4, 1, m - 1, 0, -1, new JparLoop1());
    }


} // rewritten by jpar from Fuzz1x6.java; see jpar:explain
