import io.jpar.Parallel;
import io.jpar.Target;
import java.util.SplittableRandom;

public class MonteCarlo {
    @Parallel(target = Target.CLUSTER)
    static long countHits(long samples, long seed) {
        long hits = 0;
        final class JparLoop1 extends io.jpar.runtime.cluster.ClusterLongChunk<JparLoop1> { protected void run(long from$, long to$) throws Exception { long hits = this.hits; for (long i = from$; i < to$; i++) {
            SplittableRandom random = new SplittableRandom(seed + i);
            double x = random.nextDouble();
            double y = random.nextDouble();
            if (x * x + y * y <= 1.0) {
                hits++;
            }
        } this.hits = hits; } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("MonteCarlo.java:9", "MonteCarlo.countHits", io.jpar.Schedule.AUTO, 0, 0, io.jpar.runtime.Relation.LT); long hits; long seed; JparLoop1(long hits, long seed) { this.hits = hits; this.seed = seed; } protected JparLoop1 fresh() { return new JparLoop1(0L, seed); } protected void merge(JparLoop1 later) { hits += later.hits; } JparLoop1() { } protected void move(io.jpar.runtime.cluster.Mover m$) { seed = m$.broadcast(seed); hits = m$.reduce(hits); } } hits = io.jpar.runtime.cluster.ClusterLoops.forLong(JparLoop1.SITE, 0, samples, 1, new JparLoop1(hits, seed)).hits;
        return hits;
    }
} // rewritten by jpar from MonteCarlo.java; see jpar:explain
