import io.jpar.Parallel;
import io.jpar.Target;

public class Grid {
    @Parallel(target = Target.CLUSTER, collapse = 2)
    static void add(double[][] a, double[] column, double[][] out, int rows, int cols) {
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                out[i][j] = a[i][j] + column[j];
            }
        }
    }
}
