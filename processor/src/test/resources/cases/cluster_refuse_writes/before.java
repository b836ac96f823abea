import io.jpar.Parallel;
import io.jpar.Target;

public class Writes {
    @Parallel(target = Target.CLUSTER)
    static void names(String[] names, int[] ids) {
        for (int i = 0; i < ids.length; i++) {
            names[i] = "id" + ids[i];
        }
    }

    @Parallel(target = Target.CLUSTER)
    static void flat(double[] c, int n, int m) {
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                c[i * m + j] = i + j;
            }
        }
    }

    @Parallel(target = Target.CLUSTER)
    static void fixedRow(double[][] g, int r) {
        for (int i = 0; i < g[r].length; i++) {
            g[r][i] = i;
        }
    }

    @Parallel(target = Target.CLUSTER)
    static void replaceRows(double[][] g, int m) {
        for (int i = 0; i < g.length; i++) {
            g[i] = new double[m];
        }
    }
}
