import io.jpar.Parallel;
import io.jpar.Target;

/** Locals declared before the loop that each iteration assigns first become locals of the kernel's iteration. */
public class GpuPrivateLocals {
    @Parallel(target = Target.GPU)
    static void rowSums(double[][] a, double[] out, int m) {
        int j;
        double s, t;
        for (int i = 0; i < a.length; i++) {
            s = 0;
            for (j = 0; j < m; j++) {
                t = a[i][j] * 0.5;
                s += t * t;
            }
            out[i] = s;
        }
    }

    public static Object result() {
        int n = 2000;
        int m = 33;
        double[][] a = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < m; k++) {
                a[i][k] = (i * 7 + k * 13) % 101 - 50.25;
            }
        }
        double[] out = new double[n];
        rowSums(a, out, m);
        return out;
    }
}
