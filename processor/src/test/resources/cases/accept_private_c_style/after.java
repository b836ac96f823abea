import io.jpar.Parallel;

public class CStyle {
    /** Variables declared at the top, as in C: each iteration assigns them before it reads them. */
    @Parallel
    static double rows(double[][] a, double[][] c, double[] out, int m) {
        int j = 0;
        double s = 0, t;
        double[] row;
        final class JparLoop1 extends io.jpar.runtime.cpu.IntChunk<JparLoop1> { protected void run(int from$, int to$) throws Exception { double[] row = null; double s = 0; int j = 0; double t = 0; for (int i = from$; i < to$; i++) {
            row = c[i];
            s = 0;
            for (j = 0; j < m; j++) {
                t = a[i][j] * 2;
                row[j] = t;
                s += t;
            }
            if (s < 0) {
                continue;
            }
            out[i] = s;
        } this.s$last = s; this.s$set = true; this.j$last = j; this.j$set = true; } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("CStyle.java:10", "CStyle.rows", io.jpar.Schedule.AUTO, 0, 0, io.jpar.runtime.Relation.LT).arrays(new String[] {"c", "out"}, new String[] {}); double s$last; boolean s$set; int j$last; boolean j$set; protected JparLoop1 fresh() { return new JparLoop1(); } protected void merge(JparLoop1 later) { if (later.s$set) { this.s$last = later.s$last; this.s$set = true; } if (later.j$set) { this.j$last = later.j$last; this.j$set = true; } } } JparLoop1 jpar$1 = io.jpar.runtime.cpu.CpuLoops.forInt(JparLoop1.SITE, 0, a.length, 1, new JparLoop1(), new java.lang.Object[] {c, out}, new java.lang.Object[] {}); if (jpar$1.s$set) s = jpar$1.s$last; if (jpar$1.j$set) j = jpar$1.j$last;
        return s + j;
    }
} // rewritten by jpar from CStyle.java; see jpar:explain
