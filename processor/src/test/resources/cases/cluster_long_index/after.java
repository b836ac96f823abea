import io.jpar.Parallel;
import io.jpar.Target;

public class LongIndex {
    @Parallel(target = Target.CLUSTER)
    static double weightedSum(long n, double[] weights) {
        double sum = 0;
        final class JparLoop1 extends io.jpar.runtime.cluster.ClusterLongChunk<JparLoop1> { protected void run(long from$, long to$) throws Exception { double sum = this.sum; for (long i = from$; i < to$; i += 2) {
            sum += weights[(int) (i % weights.length)] * i;
        } this.sum = sum; } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("LongIndex.java:8", "LongIndex.weightedSum", io.jpar.Schedule.AUTO, 0, 0, io.jpar.runtime.Relation.LT); double sum; double[] weights; JparLoop1(double sum, double[] weights) { this.sum = sum; this.weights = weights; } protected JparLoop1 fresh() { return new JparLoop1(-0.0, weights); } protected void merge(JparLoop1 later) { sum += later.sum; } JparLoop1() { } protected void move(io.jpar.runtime.cluster.Mover m$) { weights = m$.broadcast(weights); sum = m$.reduce(sum); } } sum = io.jpar.runtime.cluster.ClusterLoops.forLong(JparLoop1.SITE, 0, n, 2, new JparLoop1(sum, weights)).sum;
        return sum;
    }
} // rewritten by jpar from LongIndex.java; see jpar:explain
