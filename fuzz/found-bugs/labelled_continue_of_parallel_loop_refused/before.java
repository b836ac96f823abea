import io.jpar.Parallel;
import io.jpar.Schedule;

public class Fuzz51x188 {


    @Parallel(schedule = Schedule.GUIDED, chunk = 5)
    static void f1(int n, int m, int[] a, int[] b, double[] x, double[] y, float[] fl, long[] la, int[] wi, double[] wd, int[] c, int[][] g, double[] flat, int[] h, double[] hd, double[] rf, long[] ri) {
        int st = 2;
        outer: for (int i = 7; n + 4 - 1 >= i; i += st) {
                    continue outer;
        }
    }



}
