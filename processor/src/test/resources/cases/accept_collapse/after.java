import io.jpar.Parallel;
import io.jpar.Schedule;

public class MatMul {
    @Parallel(collapse = 2, schedule = Schedule.STATIC)
    static void multiply(double[][] a, double[][] b, double[][] c, int n) {
        final class JparLoop1 extends io.jpar.runtime.cpu.Int2Chunk<JparLoop1> { protected void run(int i, int from$, int to$) throws Exception {
            for (int j = from$; j < to$; j++) {
                double s = 0;
                for (int k = 0; k < n; k++) {
                    s += a[i][k] * b[k][j];
                }
                c[i][j] = s;
            }
        } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("MatMul.java:7", "MatMul.multiply", io.jpar.Schedule.STATIC, 0, 0, io.jpar.runtime.Relation.LT, io.jpar.runtime.Relation.LT).arrays(new String[] {"c"}, new String[] {"a", "b"}); } io.jpar.runtime.cpu.CpuLoops.forInt2(JparLoop1.SITE, 0, n, 1, 0, n, 1, new JparLoop1(), new java.lang.Object[] {c}, new java.lang.Object[] {a, b});
    }
} // rewritten by jpar from MatMul.java; see jpar:explain
