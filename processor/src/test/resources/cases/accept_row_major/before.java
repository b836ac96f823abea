import io.jpar.Parallel;

public class RowMajor {
    @Parallel
    static void scale(double[] m, int rows, int cols, double f) {
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                m[i * cols + j] = m[i * cols + j] * f;
            }
        }
    }
}
