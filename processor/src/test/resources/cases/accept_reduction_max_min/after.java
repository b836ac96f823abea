import io.jpar.Parallel;

public class Extremes {
    @Parallel
    static double range(double[] a, int[] b) {
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        int top = Integer.MIN_VALUE;
        int low = Integer.MAX_VALUE;
        final class JparLoop1 extends io.jpar.runtime.cpu.IntChunk<JparLoop1> { protected void run(int from$, int to$) throws Exception { double max = this.max; double min = this.min; int top = this.top; int low = this.low; for (int i = from$; i < to$; i++) {
            max = Math.max(max, a[i]);
            min = Math.min(a[i], min);
            if (b[i] > top) {
                top = b[i];
            }
            if (low > b[i]) low = b[i];
        } this.max = max; this.min = min; this.top = top; this.low = low; } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("Extremes.java:10", "Extremes.range", io.jpar.Schedule.AUTO, 0, 0, io.jpar.runtime.Relation.LT); double max; double min; int top; int low; JparLoop1(double max, double min, int top, int low) { this.max = max; this.min = min; this.top = top; this.low = low; } protected JparLoop1 fresh() { return new JparLoop1(java.lang.Double.NEGATIVE_INFINITY, java.lang.Double.POSITIVE_INFINITY, java.lang.Integer.MIN_VALUE, java.lang.Integer.MAX_VALUE); } protected void merge(JparLoop1 later) { max = java.lang.Math.max(max, later.max); min = java.lang.Math.min(min, later.min); if (later.top > top) top = later.top; if (later.low < low) low = later.low; } } JparLoop1 jpar$1 = io.jpar.runtime.cpu.CpuLoops.forInt(JparLoop1.SITE, 0, a.length, 1, new JparLoop1(max, min, top, low)); max = jpar$1.max; min = jpar$1.min; top = jpar$1.top; low = jpar$1.low;
        return max - min + top - low;
    }
} // rewritten by jpar from Extremes.java; see jpar:explain
