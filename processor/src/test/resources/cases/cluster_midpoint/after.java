import io.jpar.Parallel;
import io.jpar.Target;

public class Midpoint {
    @Parallel(target = Target.CLUSTER)
    static double integrate(int intervals) {
        double h = 1.0 / intervals;
        double sum = 0.0;
        final class JparLoop1 extends io.jpar.runtime.cluster.ClusterIntChunk<JparLoop1> { protected void run(int from$, int to$) throws Exception { double sum = this.sum; for (int i = from$; i < to$; i++) {
            double x = (i + 0.5) * h;
            sum += 4.0 / (1.0 + x * x);
        } this.sum = sum; } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("Midpoint.java:9", "Midpoint.integrate", io.jpar.Schedule.AUTO, 0, 0, io.jpar.runtime.Relation.LT); double sum; double h; JparLoop1(double sum, double h) { this.sum = sum; this.h = h; } protected JparLoop1 fresh() { return new JparLoop1(-0.0, h); } protected void merge(JparLoop1 later) { sum += later.sum; } JparLoop1() { } protected void move(io.jpar.runtime.cluster.Mover m$) { h = m$.broadcast(h); sum = m$.reduce(sum); } } sum = io.jpar.runtime.cluster.ClusterLoops.forInt(JparLoop1.SITE, 0, intervals, 1, new JparLoop1(sum, h)).sum;
        return sum * h;
    }
} // rewritten by jpar from Midpoint.java; see jpar:explain
