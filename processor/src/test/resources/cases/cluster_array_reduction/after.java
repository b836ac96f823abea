import io.jpar.Parallel;
import io.jpar.Target;

public class Histogram {
    @Parallel(target = Target.CLUSTER)
    static long[] histogram(int[] data, int bins) {
        long[] h = new long[bins];
        final class JparLoop1 extends io.jpar.runtime.cluster.ClusterIntChunk<JparLoop1> { protected void run(int from$, int to$) throws Exception { long[] h = this.h; for (int i = from$; i < to$; i++) {
            h[Math.floorMod(data[i], bins)]++;
        } } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("Histogram.java:8", "Histogram.histogram", io.jpar.Schedule.STATIC, 0, 0, io.jpar.runtime.Relation.LT); long[] h; int[] data; int bins; JparLoop1(long[] h, int[] data, int bins) { this.h = h; this.data = data; this.bins = bins; } protected JparLoop1 fresh() { return new JparLoop1(new long[h.length], data, bins); } protected void merge(JparLoop1 later) { for (int k$ = 0; k$ < h.length; k$++) h[k$] += later.h[k$]; } JparLoop1() { } protected void move(io.jpar.runtime.cluster.Mover m$) { bins = m$.broadcast(bins); data = m$.scatter(data, 1, 0); h = m$.reduce(h); } } io.jpar.runtime.cluster.ClusterLoops.forInt(JparLoop1.SITE, 0, data.length, 1, new JparLoop1(h, data, bins));
        return h;
    }
} // rewritten by jpar from Histogram.java; see jpar:explain
