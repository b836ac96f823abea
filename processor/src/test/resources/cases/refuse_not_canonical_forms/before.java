import io.jpar.Parallel;

public class Shapes {
    @Parallel
    static void a(int[] x) {
        for (int i = 0, j = 1; i < x.length; i++) {
            x[i] = j;
        }
        for (int i = 1; i != x.length; i++) {
            x[i] = 2;
        }
        for (int i = 1; i < x.length; i *= 2) {
            x[i] = 3;
        }
        for (double d = 0; d < 1; d += 0.5) {
            x[0] = 4;
        }
        for (int i = 0; i < x.length; i--) {
            x[i] = 5;
        }
    }
}
