import io.jpar.Parallel;
import io.jpar.Target;

public class Statements {
    @Parallel(target = Target.GPU)
    static void classify(int[] a, int[] out, int[][] rows) {
        for (int i = 0; i < a.length; i++) {
            switch (a[i]) {
                case 0:
                    out[i] = 1;
                    break;
                default:
                    out[i] = 2;
            }
            scan:
            for (int j = 0; j < 4; j++) {
                if (j == a[i]) {
                    continue scan;
                }
            }
            for (int v : rows[i]) {
                out[i] += v;
            }
        }
    }
}
