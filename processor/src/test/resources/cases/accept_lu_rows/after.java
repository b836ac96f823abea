import io.jpar.Parallel;

class Lu {
    static void axpy(double t, double[] x, double[] y, int from) {
        for (int c = from; c < y.length; c++) {
            y[c] -= t * x[c];
        }
    }

    @Parallel
    static void eliminate(double[][] a, int k, int n) {
        final class JparLoop1 extends io.jpar.runtime.cpu.IntChunk<JparLoop1> { protected void run(int from$, int to$) throws Exception { for (int j = from$; j < to$; j++) {
            double f = a[j][k] / a[k][k];
            for (int c = k; c < n; c++) {
                a[j][c] -= f * a[k][c];
            }
        } } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("Lu.java:12", "Lu.eliminate", io.jpar.Schedule.AUTO, 0, 0, io.jpar.runtime.Relation.LT).arrays(new String[] {"a"}, new String[] {}); } io.jpar.runtime.cpu.CpuLoops.forInt(JparLoop1.SITE, k + 1, n, 1, new JparLoop1(), new java.lang.Object[] {a}, new java.lang.Object[] {});
    }

    @Parallel
    static void eliminateByRows(double[][] a, int k, int n) {
        double[] pivot = a[k];
        final class JparLoop2 extends io.jpar.runtime.cpu.IntChunk<JparLoop2> { protected void run(int from$, int to$) throws Exception { for (int j = from$; j < to$; j++) {
            axpy(a[j][k] / pivot[k], pivot, a[j], k);
        } } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("Lu.java:23", "Lu.eliminateByRows", io.jpar.Schedule.AUTO, 0, 0, io.jpar.runtime.Relation.LT).arrays(new String[] {"a"}, new String[] {}); } io.jpar.runtime.cpu.CpuLoops.forInt(JparLoop2.SITE, k + 1, n, 1, new JparLoop2(), new java.lang.Object[] {a}, new java.lang.Object[] {});
    }
} // rewritten by jpar from Lu.java; see jpar:explain
