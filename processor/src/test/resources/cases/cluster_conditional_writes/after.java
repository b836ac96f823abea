import io.jpar.Parallel;
import io.jpar.Target;

public class Writes {
    @Parallel(target = Target.CLUSTER)
    static void update(double[] a, double[] positive, double[] squares, double[] shifted, double[] mirrored, int off, int n) {
        final class JparLoop1 extends io.jpar.runtime.cluster.ClusterIntChunk<JparLoop1> { protected void run(int from$, int to$) throws Exception { for (int i = from$; i < to$; i++) {
            if (a[i] > 0) {
                positive[i] = a[i];
            }
            squares[i] = a[i] * a[i];
            shifted[i + off] = a[i] + 1;
            mirrored[n - 1 - i] = a[i] - 1;
        } } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("Writes.java:7", "Writes.update", io.jpar.Schedule.AUTO, 0, 0, io.jpar.runtime.Relation.LT).arrays(new String[] {"positive", "squares", "shifted", "mirrored"}, new String[] {"a"}); double[] a; double[] positive; double[] squares; double[] shifted; int off; double[] mirrored; int n; JparLoop1(double[] a, double[] positive, double[] squares, double[] shifted, int off, double[] mirrored, int n) { this.a = a; this.positive = positive; this.squares = squares; this.shifted = shifted; this.off = off; this.mirrored = mirrored; this.n = n; } JparLoop1() { } protected void move(io.jpar.runtime.cluster.Mover m$) { off = m$.broadcast(off); n = m$.broadcast(n); a = m$.scatter(a, 1, 0); positive = m$.scatter(positive, 1, 0); positive = m$.gather(positive, 1, 0); squares = m$.gather(squares, 1, 0); shifted = m$.gather(shifted, 1, off); mirrored = m$.gather(mirrored, -1, n - 1); } } io.jpar.runtime.cluster.ClusterLoops.forInt(JparLoop1.SITE, 0, n, 1, new JparLoop1(a, positive, squares, shifted, off, mirrored, n), new java.lang.Object[] {positive, squares, shifted, mirrored}, new java.lang.Object[] {a});
    }

    @Parallel(target = Target.CLUSTER)
    static void scale(double[] x, double factor) {
        final class JparLoop2 extends io.jpar.runtime.cluster.ClusterIntChunk<JparLoop2> { protected void run(int from$, int to$) throws Exception { for (int i = from$; i < to$; i++) {
            x[i] *= factor;
        } } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("Writes.java:19", "Writes.scale", io.jpar.Schedule.AUTO, 0, 0, io.jpar.runtime.Relation.LT); double[] x; double factor; JparLoop2(double[] x, double factor) { this.x = x; this.factor = factor; } JparLoop2() { } protected void move(io.jpar.runtime.cluster.Mover m$) { factor = m$.broadcast(factor); x = m$.scatter(x, 1, 0); x = m$.gather(x, 1, 0); } } io.jpar.runtime.cluster.ClusterLoops.forInt(JparLoop2.SITE, 0, x.length, 1, new JparLoop2(x, factor));
    }
} // rewritten by jpar from Writes.java; see jpar:explain
