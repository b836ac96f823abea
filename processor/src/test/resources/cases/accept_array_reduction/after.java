import io.jpar.Parallel;

public class Histogram {
    @Parallel
    static int[] histogram(int[] data, int bins) {
        int[] h = new int[bins];
        double[] weight = new double[bins];
        final class JparLoop1 extends io.jpar.runtime.cpu.IntChunk<JparLoop1> { protected void run(int from$, int to$) throws Exception { int[] h = this.h; double[] weight = this.weight; for (int i = from$; i < to$; i++) {
            int k = Math.floorMod(data[i], bins);
            h[k]++;
            weight[k] += data[i] * 0.5;
        } } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("Histogram.java:8", "Histogram.histogram", io.jpar.Schedule.STATIC, 0, 0, io.jpar.runtime.Relation.LT); int[] h; double[] weight; JparLoop1(int[] h, double[] weight) { this.h = h; this.weight = weight; } protected JparLoop1 fresh() { return new JparLoop1(new int[h.length], filled$(new double[weight.length], -0.0)); } protected void merge(JparLoop1 later) { for (int k$ = 0; k$ < h.length; k$++) h[k$] += later.h[k$]; for (int k$ = 0; k$ < weight.length; k$++) weight[k$] += later.weight[k$]; } private static double[] filled$(double[] a, double v) { java.util.Arrays.fill(a, v); return a; } } io.jpar.runtime.cpu.CpuLoops.forInt(JparLoop1.SITE, 0, data.length, 1, new JparLoop1(h, weight));
        return h;
    }
} // rewritten by jpar from Histogram.java; see jpar:explain
