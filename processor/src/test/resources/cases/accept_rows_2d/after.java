import io.jpar.Parallel;

public class Rows {
    @Parallel
    static void normalise(double[][] a) {
        final class JparLoop1 extends io.jpar.runtime.cpu.IntChunk<JparLoop1> { protected void run(int from$, int to$) throws Exception { for (int i = from$; i < to$; i++) {
            double[] row = a[i];
            double total = 0;
            for (int j = 0; j < row.length; j++) {
                total += row[j];
            }
            for (int j = 0; j < row.length; j++) {
                row[j] = row[j] / total;
            }
        } } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("Rows.java:6", "Rows.normalise", io.jpar.Schedule.AUTO, 0, 0, io.jpar.runtime.Relation.LT).arrays(new String[] {"a"}, new String[] {}); } io.jpar.runtime.cpu.CpuLoops.forInt(JparLoop1.SITE, 0, a.length, 1, new JparLoop1(), new java.lang.Object[] {a}, new java.lang.Object[] {});
    }
} // rewritten by jpar from Rows.java; see jpar:explain
