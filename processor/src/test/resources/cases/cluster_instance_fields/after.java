import io.jpar.Parallel;
import io.jpar.Target;

public class Scaler {
    static final int OFFSET = 3;
    static int calls = 0;
    private final double factor;
    private final double[] weights;
    private String label = "scaled";

    Scaler(double factor, double[] weights) {
        this.factor = factor;
        this.weights = weights;
    }

    @Parallel(target = Target.CLUSTER)
    double[] scaled(double[] x) {
        double[] out = new double[x.length];
        final class JparLoop1 extends io.jpar.runtime.cluster.ClusterIntChunk<JparLoop1> { protected void run(int from$, int to$) throws Exception { for (int i = from$; i < to$; i++) {
            out[i] = x[i] * factor * weights[i % weights.length] + OFFSET + calls + label.length() + Scaler.this.move(i);
        } } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("Scaler.java:19", "Scaler.scaled", io.jpar.Schedule.AUTO, 0, 0, io.jpar.runtime.Relation.LT); double[] out; double[] x; double factor; double[] weights; int calls; String label; JparLoop1(double[] out, double[] x, double factor, double[] weights, int calls, String label) { this.out = out; this.x = x; this.factor = factor; this.weights = weights; this.calls = calls; this.label = label; } JparLoop1() { } protected void move(io.jpar.runtime.cluster.Mover m$) { factor = m$.broadcast(factor); calls = m$.broadcast(calls); label = m$.object(label); out = m$.gather(out, 1, 0); x = m$.scatter(x, 1, 0); weights = m$.broadcast(weights); } } io.jpar.runtime.cluster.ClusterLoops.forInt(JparLoop1.SITE, 0, x.length, 1, new JparLoop1(out, x, factor, weights, calls, label));
        return out;
    }

    static int move(int i) {
        return i % 2;
    }
} // rewritten by jpar from Scaler.java; see jpar:explain
