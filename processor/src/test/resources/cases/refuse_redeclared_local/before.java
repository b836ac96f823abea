import io.jpar.Parallel;

public class Redeclared {
    @Parallel
    static void rows(double[][] a, int n) {
        int i, j;
        double t = 0;
        for (i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = i + j;
            }
        }
    }

    @Parallel
    static void lambdas(int[] out, int k) {
        for (int i = 0; i < out.length; i++) {
            java.util.function.IntUnaryOperator f = k -> k + 1;
            out[i] = f.applyAsInt(i);
        }
    }
}
