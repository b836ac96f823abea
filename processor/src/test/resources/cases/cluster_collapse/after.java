import io.jpar.Parallel;
import io.jpar.Target;

public class Grid {
    @Parallel(target = Target.CLUSTER, collapse = 2)
    static void add(double[][] a, double[] column, double[][] out, int rows, int cols) {
        final class JparLoop1 extends io.jpar.runtime.cluster.ClusterInt2Chunk<JparLoop1> { protected void run(int i, int from$, int to$) throws Exception {
            for (int j = from$; j < to$; j++) {
                out[i][j] = a[i][j] + column[j];
            }
        } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("Grid.java:7", "Grid.add", io.jpar.Schedule.AUTO, 0, 0, io.jpar.runtime.Relation.LT, io.jpar.runtime.Relation.LT).arrays(new String[] {"out"}, new String[] {"a", "column"}); double[][] out; double[][] a; double[] column; JparLoop1(double[][] out, double[][] a, double[] column) { this.out = out; this.a = a; this.column = column; } JparLoop1() { } protected void move(io.jpar.runtime.cluster.Mover m$) { out = m$.scatter(out, 1, 0); out = m$.gather(out, 1, 0); a = m$.scatter(a, 1, 0); column = m$.broadcast(column); } } io.jpar.runtime.cluster.ClusterLoops.forInt2(JparLoop1.SITE, 0, rows, 1, 0, cols, 1, new JparLoop1(out, a, column), new java.lang.Object[] {out}, new java.lang.Object[] {a, column});
    }
} // rewritten by jpar from Grid.java; see jpar:explain
