import io.jpar.Parallel;

public class RowMajor {
    @Parallel
    static void scale(double[] m, int rows, int cols, double f) {
        final class JparLoop1 extends io.jpar.runtime.cpu.IntChunk<JparLoop1> { protected void run(int from$, int to$) throws Exception { for (int i = from$; i < to$; i++) {
            for (int j = 0; j < cols; j++) {
                m[i * cols + j] = m[i * cols + j] * f;
            }
        } } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("RowMajor.java:6", "RowMajor.scale", io.jpar.Schedule.AUTO, 0, 0, io.jpar.runtime.Relation.LT); } io.jpar.runtime.cpu.CpuLoops.forInt(JparLoop1.SITE, 0, rows, 1, new JparLoop1());
    }
} // rewritten by jpar from RowMajor.java; see jpar:explain
