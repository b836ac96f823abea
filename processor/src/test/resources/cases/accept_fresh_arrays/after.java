import io.jpar.Parallel;

public class FreshArrays {
    // out is created here and only used by element until the loop is done: nothing can alias it, no check
    @Parallel
    static double[] shifted(double[] a) {
        double[] out = new double[a.length - 1];
        final class JparLoop1 extends io.jpar.runtime.cpu.IntChunk<JparLoop1> { protected void run(int from$, int to$) throws Exception { for (int i = from$; i < to$; i++) {
            out[i] = a[i + 1] * 2;
        } } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("FreshArrays.java:8", "FreshArrays.shifted", io.jpar.Schedule.AUTO, 0, 0, io.jpar.runtime.Relation.LT); } io.jpar.runtime.cpu.CpuLoops.forInt(JparLoop1.SITE, 0, out.length, 1, new JparLoop1());
        return out;
    }

    // every dimension given: the rows are distinct by construction, no row check
    @Parallel(collapse = 2)
    static int[][] table(int n, int m) {
        int[][] g = new int[n][m];
        g[0][0] = -1;
        final class JparLoop2 extends io.jpar.runtime.cpu.Int2Chunk<JparLoop2> { protected void run(int i, int from$, int to$) throws Exception {
            for (int j = from$; j < to$; j++) {
                g[i][j] += i * j;
            }
        } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("FreshArrays.java:19", "FreshArrays.table", io.jpar.Schedule.AUTO, 0, 0, io.jpar.runtime.Relation.LT, io.jpar.runtime.Relation.LT); } io.jpar.runtime.cpu.CpuLoops.forInt2(JparLoop2.SITE, 0, n, 1, 0, m, 1, new JparLoop2());
        return g;
    }

    // only out is fresh: a and b are still checked against each other
    @Parallel
    static double[] mixed(double[] a, double[] b) {
        double[] out = new double[a.length];
        final class JparLoop3 extends io.jpar.runtime.cpu.IntChunk<JparLoop3> { protected void run(int from$, int to$) throws Exception { for (int i = from$; i < to$; i++) {
            a[i] = b[i - 1];
            out[i] = a[i];
        } } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("FreshArrays.java:31", "FreshArrays.mixed", io.jpar.Schedule.AUTO, 0, 0, io.jpar.runtime.Relation.LT).arrays(new String[] {"a"}, new String[] {"b"}); } io.jpar.runtime.cpu.CpuLoops.forInt(JparLoop3.SITE, 1, a.length, 1, new JparLoop3(), new java.lang.Object[] {a}, new java.lang.Object[] {b});
        return out;
    }

    // rows not created: they may be one array, so the rows are checked
    @Parallel
    static int[][] ragged(int n, int[] shared) {
        int[][] g = new int[n][];
        final class JparLoop4 extends io.jpar.runtime.cpu.IntChunk<JparLoop4> { protected void run(int from$, int to$) throws Exception { for (int k = from$; k < to$; k++) {
            g[k] = shared;
        } } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("FreshArrays.java:42", "FreshArrays.ragged", io.jpar.Schedule.AUTO, 0, 0, io.jpar.runtime.Relation.LT); } io.jpar.runtime.cpu.CpuLoops.forInt(JparLoop4.SITE, 0, n, 1, new JparLoop4());
        final class JparLoop5 extends io.jpar.runtime.cpu.IntChunk<JparLoop5> { protected void run(int from$, int to$) throws Exception { for (int i = from$; i < to$; i++) {
            g[i][0] = i;
        } } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("FreshArrays.java:45", "FreshArrays.ragged", io.jpar.Schedule.AUTO, 0, 0, io.jpar.runtime.Relation.LT).arrays(new String[] {"g"}, new String[] {}); } io.jpar.runtime.cpu.CpuLoops.forInt(JparLoop5.SITE, 0, n, 1, new JparLoop5(), new java.lang.Object[] {g}, new java.lang.Object[] {});
        return g;
    }

    // shared before the loop: alias is t, so both are checked
    @Parallel
    static double[] aliased(int n) {
        double[] t = new double[n];
        double[] alias = t;
        final class JparLoop6 extends io.jpar.runtime.cpu.IntChunk<JparLoop6> { protected void run(int from$, int to$) throws Exception { for (int i = from$; i < to$; i++) {
            t[i] = alias[i + 1];
        } } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("FreshArrays.java:56", "FreshArrays.aliased", io.jpar.Schedule.AUTO, 0, 0, io.jpar.runtime.Relation.LT).arrays(new String[] {"t"}, new String[] {"alias"}); } io.jpar.runtime.cpu.CpuLoops.forInt(JparLoop6.SITE, 0, n - 1, 1, new JparLoop6(), new java.lang.Object[] {t}, new java.lang.Object[] {alias});
        return t;
    }

    // a row named in the loop body is an access of g: g stays fresh, but the row of a parameter is checked
    @Parallel
    static double[][] rows(int n, double[][] b) {
        double[][] g = new double[n][n];
        final class JparLoop7 extends io.jpar.runtime.cpu.IntChunk<JparLoop7> { protected void run(int from$, int to$) throws Exception { for (int i = from$; i < to$; i++) {
            double[] row = g[i];
            double[] from = b[i];
            for (int j = 0; j < n; j++) {
                row[j] = from[j] * 2;
            }
        } } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("FreshArrays.java:66", "FreshArrays.rows", io.jpar.Schedule.AUTO, 0, 0, io.jpar.runtime.Relation.LT); } io.jpar.runtime.cpu.CpuLoops.forInt(JparLoop7.SITE, 0, n, 1, new JparLoop7());
        return g;
    }
} // rewritten by jpar from FreshArrays.java; see jpar:explain
