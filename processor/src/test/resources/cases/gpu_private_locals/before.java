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

}
