import io.jpar.Parallel;
import io.jpar.Schedule;

public class Fuzz1x6 {

    @Parallel(schedule = Schedule.STATIC, chunk = 25, collapse = 2)
    static void f0(int n, int m, int[] a, int[] b, double[] x, double[] y, float[] fl, long[] la, int[] wi, double[] wd, int[] c, int[][] g, double[] flat, int[] h, double[] hd, double[] rf, long[] ri) {
        for (int i = 6; i < n + 4; i++) {
            for (int j = m - 1; j >= 0; j--) {
                flat[i * m + j] = 0;
            }
        }
    }


}
