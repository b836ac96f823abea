import io.jpar.Parallel;

public class Forces {

    static final class Body {
        final double x;
        double f;
        int hits;

        Body(double x) {
            this.x = x;
        }
    }

    // every pair once: iterations i and j both update element j, so each block sums into its own copy of f
    @Parallel
    static void pairs(Body[] b) {
        final class JparLoop1 extends io.jpar.runtime.cpu.IntChunk<JparLoop1> { protected void run(int from$, int to$) throws Exception { double[] b$f = this.b$f; for (int i = from$; i < to$; i++) {
            for (int j = i + 1; j < b.length; j++) {
                double g = 1.0 / (1.0 + Math.abs(b[j].x - b[i].x));
                b$f[io.jpar.runtime.cpu.ElementPartials.at(b, i, "f", "b[i]")] += g;
                b$f[io.jpar.runtime.cpu.ElementPartials.at(b, j, "f", "b[j]")] -= g;
            }
        } } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("Forces.java:18", "Forces.pairs", io.jpar.Schedule.STATIC, 0, 0, io.jpar.runtime.Relation.LT); double[] b$f; JparLoop1(double[] b$f) { this.b$f = b$f; } protected JparLoop1 fresh() { return new JparLoop1(filled$(new double[b$f.length], -0.0)); } protected void merge(JparLoop1 later) { for (int k$ = 0; k$ < b$f.length; k$++) b$f[k$] += later.b$f[k$]; } private static double[] filled$(double[] a, double v) { java.util.Arrays.fill(a, v); return a; } } JparLoop1 jpar$1 = io.jpar.runtime.cpu.CpuLoops.forInt(JparLoop1.SITE, 0, b.length, 1, new JparLoop1(JparLoop1.filled$(new double[b.length], -0.0))); for (int k$ = 0; k$ < jpar$1.b$f.length; k$++) if (java.lang.Double.doubleToRawLongBits(jpar$1.b$f[k$]) != java.lang.Double.doubleToRawLongBits(-0.0)) b[k$].f += jpar$1.b$f[k$];
    }

    // counts per bin through an index array
    @Parallel
    static void histogram(Body[] bins, int[] which) {
        final class JparLoop2 extends io.jpar.runtime.cpu.IntChunk<JparLoop2> { protected void run(int from$, int to$) throws Exception { int[] bins$hits = this.bins$hits; for (int k = from$; k < to$; k++) {
            bins$hits[io.jpar.runtime.cpu.ElementPartials.at(bins, which[k], "hits", "bins[which[k]]")]++;
        } } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("Forces.java:30", "Forces.histogram", io.jpar.Schedule.STATIC, 0, 0, io.jpar.runtime.Relation.LT); int[] bins$hits; JparLoop2(int[] bins$hits) { this.bins$hits = bins$hits; } protected JparLoop2 fresh() { return new JparLoop2(new int[bins$hits.length]); } protected void merge(JparLoop2 later) { for (int k$ = 0; k$ < bins$hits.length; k$++) bins$hits[k$] += later.bins$hits[k$]; } } JparLoop2 jpar$2 = io.jpar.runtime.cpu.CpuLoops.forInt(JparLoop2.SITE, 0, which.length, 1, new JparLoop2(new int[bins.length])); for (int k$ = 0; k$ < jpar$2.bins$hits.length; k$++) if (jpar$2.bins$hits[k$] != 0) bins[k$].hits += jpar$2.bins$hits[k$];
    }
} // rewritten by jpar from Forces.java; see jpar:explain
