import io.jpar.Parallel;
import io.jpar.Target;

public class MatrixMultiply {
    @Parallel(target = Target.CLUSTER)
    static double[][] multiply(double[][] a, double[][] b) {
        int n = a.length;
        int p = b.length;
        int m = b[0].length;
        double[][] c = new double[n][m];
        final class JparLoop1 extends io.jpar.runtime.cluster.ClusterIntChunk<JparLoop1> { protected void run(int from$, int to$) throws Exception { for (int i = from$; i < to$; i++) {
            for (int j = 0; j < m; j++) {
                double sum = 0.0;
                for (int k = 0; k < p; k++) {
                    sum += a[i][k] * b[k][j];
                }
                c[i][j] = sum;
            }
        } } static final io.jpar.runtime.LoopSite SITE = new io.jpar.runtime.LoopSite("MatrixMultiply.java:11", "MatrixMultiply.multiply", io.jpar.Schedule.AUTO, 0, 0, io.jpar.runtime.Relation.LT); int m; int p; double[][] a; double[][] b; double[][] c; JparLoop1(int m, int p, double[][] a, double[][] b, double[][] c) { this.m = m; this.p = p; this.a = a; this.b = b; this.c = c; } JparLoop1() { } protected void move(io.jpar.runtime.cluster.Mover m$) { m = m$.broadcast(m); p = m$.broadcast(p); a = m$.scatter(a, 1, 0); b = m$.broadcast(b); c = m$.gather(c, 1, 0); } } io.jpar.runtime.cluster.ClusterLoops.forInt(JparLoop1.SITE, 0, n, 1, new JparLoop1(m, p, a, b, c));
        return c;
    }
} // rewritten by jpar from MatrixMultiply.java; see jpar:explain
